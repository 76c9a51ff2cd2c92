# tmux-lib.sh — sourced by the live view's screen tests (screen.sh,
# lesson.sh, real.sh): skip (77) without tmux; a scratch directory to run
# in; a private tmux server per start, so that killing one cannot take the
# next along; TAP helpers; waiting for the screen to show something.
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 77
fi
tmp=$(mktemp -d) || exit 1
runs=0
sock="$tmp/tmux.0.sock"
T() { tmux -S "$sock" "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=
unset NO_COLOR

i=0
ok() { i=$((i + 1)); echo "ok $i - $1"; }
notok() {
    i=$((i + 1)); echo "not ok $i - $1"
    T capture-pane -p -t g 2>/dev/null | sed 's/^/# /'
}
check() { if eval "$2"; then ok "$1"; else notok "$1"; fi; }
screen() { T capture-pane -p -t g; }
# wait_for PATTERN [SECONDS]: until the screen shows PATTERN (a grep -E regex).
wait_for() {
    n=0
    while [ $n -lt $((${2:-5} * 20)) ]; do
        screen | grep -Eq "$1" && return 0
        sleep 0.05
        n=$((n + 1))
    done
    return 1
}
# start COLS ROWS COMMAND...: run COMMAND in a new session `g`; when it ends
# the pane shows EXIT=status and stays a minute for the checks.
start() {
    cols=$1 rows=$2
    shift 2
    T kill-server 2>/dev/null
    runs=$((runs + 1))
    sock="$tmp/tmux.$runs.sock"
    T new-session -d -s g -x "$cols" -y "$rows" \
        "$* ; echo EXIT=\$?; sleep 60"
}
# stray_keys_then_q: on a program's final screen, keys that are not q
# (kept=1 if the picture is still there after them), then q.
stray_keys_then_q() {
    T send-keys -t g x Enter space
    sleep 0.5
    kept=$(screen | grep -c 'program ended')
    T send-keys -t g q
}
