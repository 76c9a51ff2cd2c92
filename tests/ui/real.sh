#!/bin/sh
# Screen tests of the live view on the real backend (issue 7), in tmux: a
# two-thread spinner shows its lanes; space pauses (program time stands
# still), space resumes (it moves on); q quits and restores the terminal;
# a short run ends and says so. Real time: no golden screens, only what
# must hold on any machine. Skips (77) without tmux.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
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
stray_keys_then_q
check "stray keys keep the final picture; q exits with the program's status, output left in the terminal" \
    "[ \"$kept\" = 1 ] && wait_for '^EXIT=0' 5 && screen | grep -q '^main done' && [ \"\$(T display -p -t g '#{alternate_on}')\" = 0 ]"
