#!/bin/sh
# Screen tests of the live view on the real backend (issue 7), in tmux: a
# two-thread spinner shows its lanes; space pauses (program time stands
# still), space resumes (it moves on); q quits and restores the terminal;
# a short run ends and says so. Real time: no golden screens, only what
# must hold on any machine. Skips (77) without tmux.
: "${GILSIM:?}"
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

# Two threads spin for argv[1] seconds of program time.
cat > spin.py <<'EOF'
import sys, threading, time

def spin(name, secs):
    n = 0
    end = time.monotonic() + secs
    while time.monotonic() < end:
        n += 1
    print(name, "done")

secs = float(sys.argv[1])
ts = [threading.Thread(target=spin, args=("t%d" % i, secs)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("main done")
EOF

echo "1..7"
i=0
ok() { i=$((i + 1)); echo "ok $i - $1"; }
notok() {
    i=$((i + 1)); echo "not ok $i - $1"
    T capture-pane -p -t g 2>/dev/null | sed 's/^/# /'
}
check() { if eval "$2"; then ok "$1"; else notok "$1"; fi; }
screen() { T capture-pane -p -t g; }
wait_for() {   # wait_for PATTERN [SECONDS]
    n=0
    while [ $n -lt $((${2:-5} * 20)) ]; do
        screen | grep -Eq "$1" && return 0
        sleep 0.05
        n=$((n + 1))
    done
    return 1
}
start() {   # start COLS ROWS COMMAND...
    cols=$1 rows=$2
    shift 2
    T kill-server 2>/dev/null
    runs=$((runs + 1))
    sock="$tmp/tmux.$runs.sock"
    T new-session -d -s g -x "$cols" -y "$rows" \
        "$* ; echo EXIT=\$?; sleep 60"
}
# The program time in the header ("t = 1.23 s").
ptime() { screen | sed -n 1p | grep -o 't = [0-9.]* [mµ]*s'; }

# 1: the lanes.
start 100 30 "'$GILSIM' --backend=real spin.py 60"
check "the view opens on the real backend: header, GIL lane, both lanes" \
    "wait_for '^2 Thread-2' 10 && screen | sed -n 1p | grep -q 'real' && screen | grep -q '^GIL ' \
     && screen | grep -q '^1 Thread-1' && screen | grep -q 'running'"

# 2-3: space pauses; program time stands still.
sleep 0.5
T send-keys -t g ' '
wait_for 'paused' 5 && sleep 0.3
t1=$(ptime); sleep 0.5; t2=$(ptime)
check "space pauses: the header says so" "screen | sed -n 1p | grep -q paused"
check "paused: program time stands still ($t1, $t2)" "[ -n '$t1' ] && [ '$t1' = '$t2' ]"

# 4: space resumes; time moves on from where it stood.
T send-keys -t g ' '
wait_for 'running' 5
t3=$(ptime); sleep 0.5; t4=$(ptime)
check "space resumes: program time moves on ($t3 -> $t4)" \
    "[ -n '$t4' ] && [ '$t3' != '$t4' ] && screen | sed -n 1p | grep -q running"

# 5: q while running: 130, the terminal restored.
T send-keys -t g q
check "q quits (status 130), alternate screen left" \
    "wait_for '^EXIT=130' 5 && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ] \
     && ! screen | grep -q '^GIL '"

# 6-7: a short run ends; a key leaves with its status and output.
start 100 30 "'$GILSIM' --backend=real spin.py 0.3"
check "a run ends and says so" "wait_for 'program ended \\(exit status 0\\)' 10"
T send-keys -t g x
check "a key exits with the program's status, output left in the terminal" \
    "wait_for '^EXIT=0' 5 && screen | grep -q '^main done' && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ]"
