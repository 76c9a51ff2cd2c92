#!/bin/sh
# Screen tests of the live view (issue 7), driving the real program in tmux:
# the lanes and GIL lane of a two-thread program (its final screen is a
# golden: the virtual backend makes it the same on every machine), pause
# and step, zoom, resizing to 80x24 and below, q restoring the terminal,
# the REPL starting two threads and printing, Ctrl-C in the REPL.
# Skips (77) without tmux.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
cp "$GILSIM_SRCDIR/tests/ui/two.py" "$tmp/two.py"
echo "1..14"

# 1-2: a run to its end; the final screen, exactly.
start 100 30 "'$GILSIM' two.py"
check "program ends and says so" "wait_for 'program ended \\(exit status 0\\)' 10"
screen > final.txt
if cmp -s final.txt "$GILSIM_SRCDIR/tests/ui/two.screen"; then ok "final screen (golden)"
else notok "final screen (golden)"; diff "$GILSIM_SRCDIR/tests/ui/two.screen" final.txt | sed 's/^/# /'; fi

# 3: a key leaves; the alternate screen is gone, the output is left behind.
stray_keys_then_q
check "stray keys keep the final picture; q exits with the program's status, output left in the terminal" \
    "[ \"$kept\" = 1 ] && wait_for '^EXIT=0' && screen | grep -q '^main done' && ! screen | grep -q 'GIL   '"

# 4-6: pause, step (slow motion).
start 100 30 "'$GILSIM' --speed=0.01 two.py"
wait_for 'running' 5
sleep 0.5
T send-keys -t g ' '
wait_for 'paused' 5 && sleep 0.3
screen > p1.txt; sleep 0.5; screen > p2.txt
check "space pauses: the header says so and nothing moves" \
    "grep -q 'paused' p2.txt && cmp -s p1.txt p2.txt"
t1=$(sed -n 1p p2.txt | grep -o 't = [0-9.]* [mµ]*s')
T send-keys -t g s
sleep 1.5
t2=$(screen | sed -n 1p | grep -o 't = [0-9.]* [mµ]*s')
check "s steps to the next GIL switch and pauses again ($t1 -> $t2)" \
    "[ -n '$t2' ] && [ '$t1' != '$t2' ] && screen | grep -q paused"
check "the lanes, the GIL lane, the code markers, the statistics" \
    "screen | grep -q '^GIL ' && screen | grep -q '^1 Thread-1' && screen | grep -q '^2 Thread-2' \
     && screen | grep -Eq '^[012] +[0-9]+ ' && screen | grep -q 'run  wait takes'"

# 7: zoom.
axis1=$(screen | sed -n 2p)
T send-keys -t g +
sleep 0.3
axis2=$(screen | sed -n 2p)
check "+ zooms in (the time axis changes)" "[ \"\$axis1\" != \"\$axis2\" ]"

# 8-10: resize.
T resize-window -t g -x 80 -y 24; sleep 0.5
check "80x24: header, lanes and panels fit" \
    "screen | sed -n 1p | grep -q paused && screen | grep -q '^GIL ' && screen | grep -q 'threads'"
T resize-window -t g -x 60 -y 20; sleep 0.5
check "below 80x24 it says so" "screen | grep -q 'at least 80x24'"
T resize-window -t g -x 100 -y 30; sleep 0.5
check "back to 100x30" "screen | grep -q '^GIL ' && [ \$(screen | sed -n 1p | wc -c) -gt 90 ]"

# 11: q while running: 130, the terminal restored.
T send-keys -t g q
check "q quits (status 130 while running), alternate screen left" \
    "wait_for '^EXIT=130' && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ]"

# 12-14: the REPL.
start 100 30 "'$GILSIM'"
wait_for '^>>> ' 5
for line in 'import threading, time' 'def w(n):' '    for i in range(3):' \
            '        time.sleep(0.05)' '        print("w", n, i)' '' \
            'for k in range(2): threading.Thread(target=w, args=(k,)).start()' ''; do
    T send-keys -t g -l "$line"
    T send-keys -t g Enter
done
check "the REPL: two threads run and print while it waits" "wait_for '^w 1 2' 5 && wait_for '^2 Thread-2' 2"
T send-keys -t g -l 'while True: pass'
T send-keys -t g Enter Enter
sleep 0.5
T send-keys -t g C-c
check "Ctrl-C: KeyboardInterrupt in the running statement, the session goes on" \
    "wait_for '^KeyboardInterrupt' 5 && wait_for '^>>> *$' 2"
T send-keys -t g -l '6*7'
T send-keys -t g Enter
sleep 0.3
T send-keys -t g C-d
check "Ctrl-D leaves; the session is left in the terminal" \
    "wait_for '^EXIT=0' 5 && screen | grep -q '^42' && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ]"
