#!/bin/sh
# Screen tests of the live view's lesson mode, driving the real program in
# tmux: a lesson opens on its first page (prose and the first cell's code,
# nothing run yet); n runs the cell (output, lanes, the GIL lane, the
# expect verdict); n goes on to the next slide; p shows the previous page's
# results again; the status line says when the lesson is over; q leaves,
# restores the terminal and leaves each cell's output behind; 80x24 works;
# q while a cell runs is 130; TERM=dumb and a pipe stay headless.
# Skips (77) without tmux.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
cp "$GILSIM_SRCDIR/tests/ui/small.lesson" "$tmp/small.lesson"
echo "1..13"

# 1: the first page: the title, the prose, the cell's code; nothing ran.
start 100 30 "'$GILSIM' small.lesson"
check "the lesson opens on its first page, prose and code, nothing run yet" \
    "wait_for 'cell 1 of 2 . n run it' 5 && screen | grep -q 'A small lesson (screen test)' \
     && screen | grep -q 'Two threads take turns with the GIL' \
     && screen | grep -Eq '^ +10 import threading' && ! screen | grep -q 't1 done'"

# 2-3: n runs the cell: output, lanes, GIL lane, the verdict.
T send-keys -t g n
check "n runs the cell: its output appears" "wait_for 't2 done 449985000' 5"
check "the lanes, the GIL lane, the statistics and the expect verdict" \
    "screen | grep -q '^GIL ' && screen | grep -q '^1 Thread-1' && screen | grep -q '^2 Thread-2' \
     && screen | grep -q 'run  wait takes' && screen | grep -q 'output . as expected' \
     && screen | grep -q 'page 1 of 3 . n next  r run cell 1 again'"

# 4-5: the prose after the cell, then the next slide (after +++).
T send-keys -t g n
check "n: the prose that follows the cell, its results still shown" \
    "wait_for 'Both threads finished' 3 && screen | grep -q 't2 done'"
T send-keys -t g n
check "n: the next slide, a cell not run yet (time back at 0)" \
    "wait_for 'The second slide' 3 && screen | grep -q 'cell 2 of 2 . n run it' \
     && ! screen | grep -q 't2 done' && screen | sed -n 1p | grep -q 't = 0 ns'"

# 6: p shows the earlier page and its results again.
T send-keys -t g p
check "p goes back and shows the earlier results again" \
    "wait_for 'Both threads finished' 3 && screen | grep -q 't2 done' && screen | grep -q '^1 Thread-1'"

# 7: the last cell (an exception: the lesson goes on); the lesson is over.
T send-keys -t g n
wait_for 'cell 2 of 2 . n run it' 3
T send-keys -t g n
check "the last cell runs (a traceback, as expected); the lesson is over" \
    "wait_for 'The lesson is over' 5 && screen | grep -q '^NameError\\|NameError: name' \
     && screen | grep -q 'output . as expected'"

# 8: 80x24.
T resize-window -t g -x 80 -y 24; sleep 0.5
check "80x24: header, lanes, prose and status fit" \
    "screen | sed -n 1p | grep -q 'ready' && screen | grep -q '^GIL ' \
     && screen | grep -q 'The second slide' && screen | grep -q 'The lesson is over'"
T resize-window -t g -x 100 -y 30; sleep 0.3

# 9-10: q leaves: status 0 would hide the failed cell: 1, as headless; the
# terminal restored, each cell's output left behind.
T send-keys -t g q
check "q leaves with the lesson's status (1: a cell failed), terminal restored" \
    "wait_for '^EXIT=1' 5 && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ]"
check "each cell's output is left in the terminal" \
    "screen | grep -q '^\\[cell 1\\] import threading' && screen | grep -q '^t1 done' \
     && screen | grep -q '^\\[cell 2\\] print' && screen | grep -q '^NameError' \
     && ! screen | grep -q 'GIL   '"

# 11: q while a cell runs (slow motion): 130.
start 100 30 "'$GILSIM' --speed=0.001 small.lesson"
wait_for 'cell 1 of 2 . n run it' 5
T send-keys -t g n
wait_for 'running' 5
T send-keys -t g q
check "q while a cell runs: status 130, terminal restored" \
    "wait_for '^EXIT=130' 5 && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ]"

# 12-13: no live view without a terminal that can take it.
start 100 30 "TERM=dumb '$GILSIM' small.lesson"
check "TERM=dumb: headless, as before" \
    "wait_for '^EXIT=1' 5 && screen | grep -q '^\\[cell 1\\] import threading' \
     && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ]"
"$GILSIM" small.lesson >pipe.out 2>pipe.err
rc=$?
check "stdout a pipe: headless, as before" \
    "[ $rc = 1 ] && grep -q '^\\[cell 2\\] print' pipe.out && grep -q '^NameError' pipe.err"
