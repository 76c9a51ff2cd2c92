#!/bin/sh
# Signals and --timeout in the live view, driving the real program in tmux:
# whatever ends the process leaves the terminal as it was — cooked mode
# (stty: icanon, echo), the cursor visible, the alternate screen left — and
# the exit status says what ended it (128 + the signal; 130 for a second
# Ctrl-C nothing took; 124 for --timeout). --timeout in the view holds on
# the wall clock too, except while the view holds the run (slow motion).
# Skips (77) without tmux.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
echo "1..18"

# wrap.sh: runs its arguments with their pid in ./pid, then records the
# terminal's modes in ./stty.txt; its status is theirs.
cat > wrap.sh <<'SH'
rm -f pid stty.txt
sh -c 'echo $$ > pid; exec "$@"' sh "$@"
status=$?
stty -a | tr ' ;' '\n\n' > stty.txt
exit $status
SH
cat > slow.py <<'PY'
import time
for i in range(1000):
    print(i)
    time.sleep(0.01)
PY
cat > paced.py <<'PY'
import time
for i in range(20):
    print('step', i)
    time.sleep(0.01)
print('all done')
PY
cat > builtin.py <<'PY'
import math
print('computing')
math.factorial(10**7)
print('computed')
PY
cat > overflow.py <<'PY'
class A:
    def __repr__(self):
        return repr(self)
print(A())
PY

# run ARGS...: gilsim ARGS in a fresh pane.
run() { start 100 30 "sh wrap.sh '$GILSIM' $*"; }
# restored STATUS: the run ended with STATUS and left the terminal as it was.
restored() {
    wait_for "^EXIT=$1\$" 10 && test -s stty.txt &&
        grep -qx icanon stty.txt && grep -qx echo stty.txt &&
        [ "$(T display -p -t g '#{cursor_flag} #{alternate_on}')" = "1 0" ]
}
# twice_int: a second SIGINT (more, a while apart, in case two of them
# were merged before the first was delivered, as a slow sanitizer build may
# have them) until the process is gone.
twice_int() {
    pid=$(cat pid)
    for k in 1 2 3 4 5 6; do
        kill -INT "$pid" 2>/dev/null || return 0
        sleep 0.4
    done
}
# kill_when_up SIGNAL: once the view runs the program, send SIGNAL.
kill_when_up() {
    wait_for 'running' 5 && sleep 0.3 && kill "-$1" "$(cat pid)"
}

# 1-12: each signal that ends a process by default.
for pair in TERM:15 HUP:1 QUIT:3 PIPE:13 USR1:10 USR2:12 ALRM:14 SEGV:11 BUS:7 FPE:8 ILL:4 ABRT:6; do
    sig=${pair%:*} num=${pair#*:}
    run --speed=0.01 slow.py
    kill_when_up "$sig"
    check "SIG$sig: exit status $((128 + num)), the terminal restored" "restored $((128 + num))"
done

# 13: a real stack overflow (a C recursion on a 256 KiB stack), if it still
# is one: the fault handler runs on its alternate stack.
start 100 30 "ulimit -s 256 && sh wrap.sh '$GILSIM' --recursion-limit=100000000 overflow.py"
wait_for '^EXIT=|program ended' 10
if screen | grep -q '^EXIT=139$'; then
    check "stack overflow: SIGSEGV (139), the terminal restored" "restored 139"
elif screen | grep -q 'program ended'; then     # a RecursionError: the view waits for q
    T send-keys -t g q
    wait_for '^EXIT=' 5
    ok "stack overflow # SKIP no overflow here ($(screen | grep '^EXIT='))"
elif screen | grep -q '^EXIT='; then
    ok "stack overflow # SKIP no overflow here ($(screen | grep '^EXIT='))"
else
    notok "stack overflow: no end"
fi

# 14: two SIGINTs after the program ended (nothing takes the first).
cp "$GILSIM_SRCDIR/tests/ui/two.py" two.py
run two.py
wait_for 'program ended' 10
twice_int
check "two SIGINTs after the end: 130, the terminal restored" "restored 130"

# 15: two SIGINTs on a lesson's prose page.
cp "$GILSIM_SRCDIR/tests/ui/small.lesson" small.lesson
run small.lesson
wait_for 'cell 1 of 2 . n run it' 5
twice_int
check "two SIGINTs on a prose page: 130, the terminal restored" "restored 130"

# 16: --timeout while a builtin runs for long: stopped on the wall clock.
t0=$(date +%s)
run --timeout=1s builtin.py
check "--timeout in a long builtin: 124 within 4 s, the terminal restored, said so" \
    "restored 124 && [ \$((\$(date +%s) - t0)) -le 4 ] && screen | grep -q 'stopped after 1 s of wall time'"

# 17-18: slow motion stretches wall time (0.2 s of program time at 1/20th
# speed is 4 s): that is not the program's, and does not count; program
# time still does.
run --speed=0.05 --timeout=1s paced.py
check "slow motion beyond --timeout of wall time: the program ends normally" \
    "wait_for 'program ended \\(exit status 0\\)' 20 && screen | grep -q 'all done'"
run --speed=0.05 --timeout=0.1s paced.py
check "--timeout of program time in slow motion: 124, the terminal restored" \
    "restored 124 && screen | grep -q 'stopped after 0.1 s of program time'"
