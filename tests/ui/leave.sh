#!/bin/sh
# leave.sh — leaving the REPL in the live view with threads running: Ctrl-D
# says which non-daemon threads still run (daemon ones are not waited for)
# and waits for them as python3 does; a second Ctrl-D or a Ctrl-C leaves at
# once, with the terminal restored; a thread that ends by itself ends the
# wait.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
echo "1..6"
altscreen() { T display -p -t g '#{alternate_on}'; }
# repl_with SECONDS: a REPL with a non-daemon thread sleeping SECONDS of
# program time and a daemon one sleeping 600.
repl_with() {
    start 100 30 "'$GILSIM'"
    wait_for '>>> ' 5
    T send-keys -t g 'import threading, time' Enter
    T send-keys -t g "w = threading.Thread(target=time.sleep, args=($1,), name='worker'); w.start()" Enter
    T send-keys -t g "d = threading.Thread(target=time.sleep, args=(600,), name='helper', daemon=True); d.start()" Enter
    wait_for 'helper' 5
}

repl_with 60
T send-keys -t g C-d
check "Ctrl-D: names the non-daemon thread still running, not the daemon one" \
    "wait_for 'threads still running: worker ' 5 && wait_for 'Ctrl-D or Ctrl-C leaves now' 2 \
     && ! screen | grep -q 'running: .*helper'"
check "... and waits (the view stays)" "sleep 0.5; [ \"\$(altscreen)\" = 1 ] && ! screen | grep -q '^EXIT='"
T send-keys -t g C-d
check "a second Ctrl-D leaves at once, the terminal restored" \
    "wait_for '^EXIT=0' 5 && [ \"\$(altscreen)\" = 0 ] && screen | grep -q 'left without waiting for them'"

repl_with 60
T send-keys -t g C-d
wait_for 'threads still running' 5
T send-keys -t g C-c
check "Ctrl-C leaves too" "wait_for '^EXIT=0' 5 && [ \"\$(altscreen)\" = 0 ]"

repl_with 1
T send-keys -t g C-d
check "a thread that ends by itself ends the wait" \
    "wait_for '^EXIT=0' 10 && screen | grep -q 'threads still running: worker' && ! screen | grep -q 'left without'"

start 100 30 "'$GILSIM'"
wait_for '>>> ' 5
T send-keys -t g 'import threading, time' Enter
T send-keys -t g "threading.Thread(target=time.sleep, args=(600,), daemon=True).start()" Enter
sleep 0.3
T send-keys -t g C-d
check "only daemon threads: Ctrl-D leaves at once" "wait_for '^EXIT=0' 5 && ! screen | grep -q 'still running'"
