#!/bin/sh
# stepback.sh — the live view's step back (ui/replay.c): S and shift-left
# go back one GIL switch, Home to the start, by re-running the program to
# that instant; the re-run lands exactly where stepping forward had been,
# and stepping forward again goes on from there; in a lesson the cells
# that ran before run again first (the second cell's output shows that the
# first one's globals are back). The REPL and the real backend say that
# they cannot. Skips (77) without tmux.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
cp "$GILSIM_SRCDIR/tests/ui/two.py" two.py
cp "$GILSIM_SRCDIR/tests/ui/stepback.lesson" stepback.lesson
echo "1..10"
now() { screen | sed -n 1p | grep -o 't = [0-9.]* [nmµ]*s'; }
# step: s, then until paused again; prints the time shown.
step() {
    T send-keys -t g "$1"
    sleep 0.3
    wait_for 'paused' 5
    now
}

start 100 30 "'$GILSIM' --speed=0.01 two.py; stty -a | grep -o ' -*icanon'"
wait_for 'running' 5
t1=$(step s); t2=$(step s); t3=$(step s)
T send-keys -t g S
wait_for 'back one GIL switch \(re-ran in [0-9]+ ms\)' 10
b2=$(now)
check "S re-runs to the switch before ($t3 -> $b2, stepped at $t2)" \
    "[ -n '$t2' ] && [ '$t2' != '$t3' ] && [ '$b2' = '$t2' ] && screen | grep -q paused"
T send-keys -t g S-Left
sleep 0.3
wait_for "t = ${t1#t = } " 10
b1=$(now)
check "shift-left goes back one more ($b1, stepped at $t1)" "[ '$b1' = '$t1' ]"
f2=$(step s)
check "s steps forward again from there, to where it went before ($f2)" "[ '$f2' = '$t2' ]"
T send-keys -t g Home
wait_for 'back at the start' 10
check "Home goes back to the start: one thread, nothing run yet" \
    "now | grep -Eq 't = [0-9.]+ (ns|µs)' && ! screen | grep -q '^1 Thread-1'"
T send-keys -t g S
check "S at the start: no switch before it" "wait_for 'no GIL switch before this instant' 5"
T send-keys -t g '>>>>>>>>>>>>>>' ' '
wait_for 'program ended \(exit status 0\)' 20
T send-keys -t g q
check "after re-runs, q leaves the program's output and a cooked terminal" \
    "wait_for '^EXIT=0' 5 && screen | grep -q '^main done' && screen | grep -q '^ icanon'"

start 100 30 "'$GILSIM'"
wait_for '>>>' 5
T send-keys -t g S-Left
check "the REPL says that it cannot step back" "wait_for 'step back is not available in the REPL' 5"
T send-keys -t g C-d

start 100 30 "'$GILSIM' --backend=real --speed=0.01 two.py"
wait_for 'running' 5
T send-keys -t g S
check "the real backend says that it cannot" "wait_for 'step back needs the virtual backend' 5"
T send-keys -t g q

start 120 40 "'$GILSIM' stepback.lesson"
wait_for 'cell 1 of 2' 5
T send-keys -t g n
wait_for 'page 1 of 2' 10
T send-keys -t g n
sleep 0.3
T send-keys -t g n
wait_for 'The lesson is over' 10
T send-keys -t g S
check "a lesson: S re-runs the cells to the second cell's switch before its end" \
    "wait_for 'back one GIL switch' 10 && screen | grep -q 'cell 2 of 2' && screen | grep -q paused"
T send-keys -t g Home
wait_for 'back at the start' 10
T send-keys -t g ' '
wait_for 'The lesson is over' 10
T send-keys -t g q
check "... Home to the cell's start; the cell sees the first cell's globals again" \
    "wait_for '^EXIT=0' 5 && screen | grep -Fq \"['a', 'b', 'c', 'd']\""
