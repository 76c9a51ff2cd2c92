#!/bin/sh
# explore.sh — --explore's report is deterministic for a base seed, and
# --schedule replays each handle it reports byte for byte (TAP).
#
# The programs: tests/golden/explore/lost_update.py (one line of output,
# which the report quotes whole, so the replays can be compared with it) and
# the lock lesson's cell without the lock (its second cell, made a program
# by tests/bench/lesson_cells.sh: twenty lines whose order varies).
# Environment: GILSIM (default ./gilsim).
set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
here=$(cd "$(dirname "$0")" && pwd)
case $GILSIM in /*) ;; *) GILSIM=$(pwd)/$GILSIM ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/explore.XXXXXX") || { echo "Bail out! mktemp failed"; exit 0; }
trap 'rm -rf "$tmp"' EXIT INT TERM

n=0
fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }

lost=$here/golden/explore/lost_update.py
unlocked=$tmp/unlocked.py
sh "$here/bench/lesson_cells.sh" "$here/../lessons/lock.lesson" 2 > "$unlocked"

# The same base seed, the same report (stdout); the effort goes to stderr.
"$GILSIM" --headless --explore=80 --seed=3 "$lost" > "$tmp/a" 2> "$tmp/a.err"
"$GILSIM" --headless --explore=80 --seed=3 "$lost" > "$tmp/b" 2> /dev/null
check "the report is the same for the same base seed" 'cmp -s "$tmp/a" "$tmp/b"'
check "the effort line goes to stderr" 'grep -q "schedules/s" "$tmp/a.err" && ! grep -q "schedules/s" "$tmp/a"'

# Each handle replays: the same bytes twice, the bytes the report quotes.
"$GILSIM" --headless --explore=200 "$lost" > "$tmp/report" 2> /dev/null
sed -n 's/.*--schedule=\([0-9:,]*\)$/\1/p' "$tmp/report" > "$tmp/handles"
check "the report has two outcomes" 'test "$(wc -l < "$tmp/handles")" -eq 2'
first=$(sed -n 1p "$tmp/handles")
second=$(sed -n 2p "$tmp/handles")
"$GILSIM" --headless --schedule="$first" "$lost" > "$tmp/r1"
"$GILSIM" --headless --schedule="$second" "$lost" > "$tmp/r2"
"$GILSIM" --headless --schedule="$second" "$lost" > "$tmp/r2b"
printf '%s\n' "$second" > "$tmp/handle-file"
"$GILSIM" --headless --schedule="$tmp/handle-file" "$lost" > "$tmp/r2c"
want1=$(sed -n "s/.* where #1 has '\(.*\)'$/\1/p" "$tmp/report")
want2=$(sed -n "s/.*line 1: '\(.*\)' where.*/\1/p" "$tmp/report")
check "outcome #1's handle replays its output" 'printf "%s\n" "$want1" | cmp -s - "$tmp/r1"'
check "outcome #2's handle replays the lost update" 'printf "%s\n" "$want2" | cmp -s - "$tmp/r2" && test "$want2" = "x = 10000"'
check "a replay is byte-identical to the last" 'cmp -s "$tmp/r2" "$tmp/r2b"'
check "--schedule=FILE replays the handle in FILE" 'cmp -s "$tmp/r2" "$tmp/r2c"'

# Twenty lines whose order varies: every handle gives its own output, the
# same one each time.
"$GILSIM" --headless --explore=100 "$unlocked" > "$tmp/ureport" 2> /dev/null
sed -n 's/.*--schedule=\([0-9:,]*\)$/\1/p' "$tmp/ureport" > "$tmp/uhandles"
count=$(wc -l < "$tmp/uhandles")
check "the unlocked jobs have several outcomes" 'test "$count" -ge 2'
k=0
while IFS= read -r h; do
    k=$((k + 1))
    "$GILSIM" --headless --schedule="$h" "$unlocked" > "$tmp/u$k"
    "$GILSIM" --headless --schedule="$h" "$unlocked" > "$tmp/u$k.again"
    cmp -s "$tmp/u$k" "$tmp/u$k.again" || echo "# handle $h: two replays differ"
done < "$tmp/uhandles"
distinct=$(for f in "$tmp"/u[0-9]*; do case $f in *.again) ;; *) md5sum < "$f" ;; esac; done | sort -u | wc -l)
check "each of the $count handles replays its own output" 'test "$distinct" -eq "$count"'
check "replays are stable" '! for f in "$tmp"/u[0-9]*.again; do cmp -s "$f" "${f%.again}" || echo x; done | grep -q x'

# The REPL's :explore reruns the session's statements and loaded files.
cat > "$tmp/session" <<PY
:load $here/golden/explore/_counter.py
run()
:explore 100
:reset
:explore
PY
"$GILSIM" --script="$tmp/session" > "$tmp/repl" 2> /dev/null < /dev/null
check ":explore in the REPL finds the lost update" 'grep -q "^explore this session: 2 outcomes in 100 schedules" "$tmp/repl" && grep -q "line 1: .x = 10000. where #1 has .x = 20000." "$tmp/repl"'
check ":explore after :reset has nothing to rerun" 'grep -q "there are none yet" "$tmp/repl"'

# A lesson cell whose earlier cells left a thread alive: each schedule
# reruns them in a fresh session, and finds the lost update all the same.
cat > "$tmp/daemon.lesson" <<'LESSON'
# daemon

```python
import threading
never = threading.Event()
threading.Thread(target=never.wait, daemon=True).start()
x = 0
def f():
    return 1
def worker():
    global x
    for _ in range(10000):
        x = x + f()
```

```gilsim
explore: 100
```
```python
x = 0
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print("x =", x)
```
LESSON
"$GILSIM" --headless "$tmp/daemon.lesson" > "$tmp/daemon.out" 2> /dev/null
check "explore: on a cell after a daemon thread" 'grep -q "^explore cell 2: 2 outcomes in 100 schedules" "$tmp/daemon.out" && grep -q "line 1: .x = 10000. where #1 has .x = 20000." "$tmp/daemon.out"'

echo "1..$n"
exit 0
