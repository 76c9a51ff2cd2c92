#!/bin/sh
# cursor.sh — the live view's cursor (c): what every thread does at one
# column, the same words as --at (ui/explain.h); , and . move it, c closes.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
cp "$GILSIM_SRCDIR/tests/ui/two.py" two.py
echo "1..4"
start 100 30 "'$GILSIM' two.py"
wait_for 'program ended' 10
T send-keys -t g c
check "c opens the cursor at the present" \
    "wait_for 'cursor: , . move  c close' 2 && screen | grep -Eq '^  at 25.6 ms' && screen | grep -q 'GIL: free since'"
T send-keys -t g ',,,,,,,,,'
check ", moves it back: the moment explained changes" \
    "wait_for '^  at 14.4 ms:' 2 && screen | grep -q 'GIL: held by 2 Thread-2' \
     && screen | grep -Eq '1 Thread-1 \\(count\\) +waiting for the GIL since'"
T send-keys -t g '..'
check ". moves it on" "wait_for '^  at 16\\.[0-9] ms:' 2"
T send-keys -t g c
check "c closes it" "sleep 0.3; ! screen | grep -q 'cursor: , . move' && screen | grep -q 'program ended'"
