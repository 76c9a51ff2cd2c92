#!/bin/sh
# misc.sh — the real backend's watchdog, deadlock detection and views (TAP).
#
# Environment: GILSIM (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/real.XXXXXX") || { echo "Bail out! mktemp"; exit 0; }
trap 'rm -rf "$tmp"' EXIT
real() { "$GILSIM" --headless --backend=real "$@"; }

echo "1..5"

# 1: --timeout fires on the real clock even when every thread sleeps.
cat > "$tmp/sleepy.py" <<'PY'
import threading, time
t = threading.Thread(target=time.sleep, args=(60,))
t.start()
time.sleep(60)
PY
start=$(date +%s)
real --timeout=0.3s "$tmp/sleepy.py" > "$tmp/out" 2> "$tmp/err"
status=$? took=$(( $(date +%s) - start ))
if test $status -eq 124 && test $took -le 5 && grep -q -- '--timeout' "$tmp/err"; then
    echo "ok 1 - --timeout stops sleeping threads (exit 124)"
else
    echo "not ok 1 - --timeout: status $status after ${took}s"; sed 's/^/#   /' "$tmp/err"
fi

# 2: every thread blocked with no deadline is a deadlock (exit 3), named.
cat > "$tmp/dead.py" <<'PY'
import threading
a, b = threading.Lock(), threading.Lock()
a.acquire()
def worker():
    b.acquire()
    a.acquire()
t = threading.Thread(target=worker, name="worker")
t.start()
t.join(0.05)
b.acquire()
PY
real "$tmp/dead.py" > "$tmp/out" 2> "$tmp/err"
status=$?
if test $status -eq 3 && grep -q 'deadlock' "$tmp/err" && grep -q 'worker waits for' "$tmp/err"; then
    echo "ok 2 - a deadlock is reported (exit 3)"
else
    echo "not ok 2 - deadlock: status $status"; sed 's/^/#   /' "$tmp/err"
fi

# 3: a thread sleeping with a deadline is not a deadlock.
cat > "$tmp/notdead.py" <<'PY'
import threading, time
l = threading.Lock()
l.acquire()
def release_later():
    time.sleep(0.05)
    l.release()
threading.Thread(target=release_later).start()
l.acquire()
print("acquired")
PY
out=$(real "$tmp/notdead.py" 2>&1)
if test "$out" = acquired; then echo "ok 3 - a sleeper is not a deadlock"
else echo "not ok 3 - $out"; fi

# 4-5: --stats and --timeline read the same events as on the virtual backend.
cat > "$tmp/two.py" <<'PY'
import threading, time
def spin():
    end = time.monotonic() + 0.05
    while time.monotonic() < end:
        pass
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
PY
real --stats "$tmp/two.py" > "$tmp/out" 2>&1
if grep -q '^process MainProcess: ran' "$tmp/out" && grep -q '^1 Thread-1 (spin)' "$tmp/out" &&
   awk '/^process/ { for (i = 1; i <= NF; i++) if ($i == "switches") n = $(i - 1) } END { exit !(n >= 4) }' "$tmp/out"; then
    echo "ok 4 - --stats counts the switches"
else
    echo "not ok 4 - --stats"; sed 's/^/#   /' "$tmp/out"
fi
real --timeline "$tmp/two.py" > "$tmp/out" 2>&1
if grep -q '^GIL ' "$tmp/out" && grep -q '^2 Thread-2' "$tmp/out"; then
    echo "ok 5 - --timeline draws the lanes"
else
    echo "not ok 5 - --timeline"; sed 's/^/#   /' "$tmp/out"
fi
exit 0
