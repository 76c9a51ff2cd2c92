#!/bin/sh
# compare.sh — --compare in the live view: both runs' timelines on one
# time axis, each run's statistics and output side by side, the second
# shown up to the time of the first; q leaves both outputs, labelled; a
# step back re-runs both; the REPL's :compare shows both runs of the
# session's input in the console; a lesson's compare: key shows both runs
# of each cell. Skips (77) without tmux.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
cp "$GILSIM_SRCDIR/tests/ui/two.py" two.py
cp "$GILSIM_SRCDIR/tests/lesson/data/compare.lesson" compare.lesson
echo "1..7"

start 120 40 "'$GILSIM' --compare=--switch-interval=1ms two.py"
wait_for 'program ended' 10
check "both runs, labelled, one above the other; statistics and output side by side" \
    "screen | grep -q '^── run 1: as given (5.00 ms interval' \
     && screen | grep -q '^── run 2: with --switch-interval=1ms (1.00 ms interval' \
     && [ \$(screen | grep -c '^1 Thread-1 (cou…') = 2 ] && [ \$(screen | grep -c '^GIL ') = 2 ] \
     && screen | grep -q 'run 1: threads.*run 2: threads' && screen | grep -q 'run 1: output.*run 2: output' \
     && [ \$(screen | grep -c 'main done.*│main done') = 1 ]"
check "the second run's statistics are its own (1 ms: more takes)" \
    "screen | grep -Eq '│1 Thread-1 \\(count\\) +[0-9]+% +[0-9]+% +1[0-9] '"
T send-keys -t g q
check "q leaves each run's output under its label" \
    "wait_for '^EXIT=0' 5 && screen | grep -q '^\\[run 1\\] as given' && screen | grep -q '^\\[run 2\\] with --switch-interval=1ms' \
     && [ \$(screen | grep -c '^main done') = 2 ]"

start 120 40 "'$GILSIM' --speed=0.01 --compare=--switch-interval=1ms two.py"
wait_for 'running' 5
T send-keys -t g s
sleep 0.3
wait_for 'paused' 5
check "paused early: the second run is shown up to the same instant (no output yet)" \
    "! screen | grep -q 'done' && [ \$(screen | grep -c '^2 Thread-2 (cou…') = 2 ]"
T send-keys -t g s
sleep 0.3
wait_for 'paused' 5
T send-keys -t g S
check "S re-runs both and goes back one switch" \
    "wait_for 'back one GIL switch' 10 && screen | grep -q '^── run 2: with'"
T send-keys -t g q

start 120 40 "'$GILSIM'"
wait_for '>>>' 5
T send-keys -t g "x = sum(range(1000))" Enter
sleep 0.3
T send-keys -t g ":compare --switch-interval=1ms" Enter
check "the REPL's :compare: both runs of the session's input, in the console" \
    "wait_for 'run 2: with --switch-interval=1ms' 10 && screen | grep -q 'run 1\\] as the session began'"
T send-keys -t g C-d

start 120 40 "'$GILSIM' compare.lesson"
wait_for 'cell 1 of 2' 5
T send-keys -t g n
check "a lesson with compare: both runs of the cell, their statistics and outputs side by side" \
    "wait_for 'page 1 of|n next' 10 && screen | grep -q '^── run 2: with --switch-interval=1ms' \
     && [ \$(screen | grep -c 'cell 1 done.*│cell 1 done') = 1 ]"
T send-keys -t g q
