#!/bin/sh
# stepback.sh — how long the live view's step back (S) takes over a program
# of 10 s of program time: the program runs to its end in the view (in
# tmux), S re-runs it to its last GIL switch but one (ui/replay.c); the
# status line says how long the picture there took (drawn from the earlier
# run's log while the re-run runs) and how long the re-run took. Two
# programs: one mostly asleep (tests/bench/stepback_io.py), one counting
# (stepback_cpu.py), whose re-run costs what simulating 10 s of counting
# costs. Prints one line per program. Not part of make check: make bench.
# Environment: GILSIM (default ./gilsim).
set -u
: "${GILSIM:=./gilsim}"
here=$(cd "$(dirname "$0")" && pwd)
GILSIM=$(cd "$(dirname "$GILSIM")" && pwd)/$(basename "$GILSIM")
if ! command -v tmux >/dev/null 2>&1; then
    echo "stepback.sh: needs tmux" >&2
    exit 77
fi
tmp=$(mktemp -d) || exit 2
sock=$tmp/sock
T() { tmux -S "$sock" "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=
screen() { T capture-pane -p -t g; }
wait_for() {
    n=0
    while [ $n -lt $(($2 * 20)) ]; do
        out=$(screen 2>/dev/null) || return 1
        printf '%s\n' "$out" | grep -Eq "$1" && return 0
        sleep 0.05
        n=$((n + 1))
    done
    return 1
}
status=0
for prog in stepback_io stepback_cpu; do
    T kill-server 2>/dev/null
    sock=$tmp/sock.$prog             # a server of its own for each
    T new-session -d -s g -x 120 -y 30 "'$GILSIM' --speed=4096 '$here/$prog.py'; sleep 60"
    if ! wait_for 'program ended' 120; then
        echo "$prog: the program did not end in the view"; status=1; continue
    fi
    t=$(screen | sed -n 's/.* t = \([^│|]*\) [│|].*/\1/p' | head -1)
    T send-keys -t g S
    if ! wait_for "earlier run's record \(in [0-9]+ ms\)|re-ran in [0-9]+ ms" 60; then
        echo "$prog: no picture"; status=1; continue
    fi
    pic=$(screen | sed -n "s/.*earlier run's record (in \([0-9]*\) ms).*/\1/p" | head -1)
    if ! wait_for 're-ran in [0-9]+ ms' 120; then
        echo "$prog: no step back"; screen | tail -1; status=1; continue
    fi
    ms=$(screen | sed -n 's/.*re-ran in \([0-9]*\) ms.*/\1/p' | head -1)
    at=$(screen | sed -n 's/.* t = \([^│|]*\) [│|].*/\1/p' | head -1)
    echo "step back over $prog.py ($t of program time, back to $at): the picture in ${pic:-(no preview: the re-run came first)} ms, the re-run there in $ms ms"
done
exit $status
