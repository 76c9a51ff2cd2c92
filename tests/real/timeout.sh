#!/bin/sh
# timeout.sh — --timeout holds on both backends where program time lags
# behind the wall clock (TAP): recursion re-entered in `except
# RecursionError`, an Event.wait(0) loop, a tight loop, a long builtin
# (math.factorial(10**7)), a large file to compile. Each run must end with
# exit status 124 and the timeout message, in under 3x the timeout + 1 s of
# wall time, plus what a program that does nothing takes (a sanitizer's
# start-up): a generous bound, for the machine is shared; the watchdog aims
# at 5 % + 20 ms. A program that finishes first is not stopped.
#
# Environment: GILSIM (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/timeout.XXXXXX") || { echo "Bail out! mktemp"; exit 0; }
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/recursion.py" <<'PY'
def f():
    try:
        f()
    except RecursionError:
        f()
f()
PY
cat > "$tmp/event_wait.py" <<'PY'
import threading
e = threading.Event()
while True:
    e.wait(0)
PY
cat > "$tmp/tight.py" <<'PY'
while True:
    pass
PY
cat > "$tmp/factorial.py" <<'PY'
import math
math.factorial(10**7)
PY
# 100000 lines: several times the timeout below to compile (0.5 s or more
# on a quiet machine with a fast compiler), little to run.
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "x%d = %d + %d * 2 - (%d // 3)\n", i, i, i, i }' > "$tmp/compile.py"
echo 'print("done")' > "$tmp/quick.py"

ms() { date +%s%N | cut -b1-13; }
n=0
echo "1..13"
# case FILE TIMEOUT_MS BACKEND
case_() {
    n=$((n + 1))
    t0=$(ms)
    "$GILSIM" --headless --backend="$3" --timeout="$2ms" "$tmp/$1" > /dev/null 2> "$tmp/err"
    status=$?
    took=$(( $(ms) - t0 ))
    bound=$(( 3 * $2 + 1000 + start_up ))
    if test $status -eq 124 && test $took -lt $bound && grep -q 'stopped after .* time (--timeout)' "$tmp/err"; then
        echo "ok $n - $3: $1 under --timeout=$2ms: 124 after ${took} ms"
    else
        echo "not ok $n - $3: $1 under --timeout=$2ms: status $status after ${took} ms (bound $bound)"
        sed 's/^/#   /' "$tmp/err" | tail -n 5
    fi
}
for backend in virtual real; do
    t0=$(ms)
    "$GILSIM" --headless --backend=$backend "$tmp/quick.py" > /dev/null 2>&1
    start_up=$(( $(ms) - t0 ))
    case_ recursion.py 10 $backend
    case_ event_wait.py 200 $backend
    case_ tight.py 2000 $backend
    case_ factorial.py 1000 $backend
    case_ compile.py 100 $backend
    n=$((n + 1))
    out=$("$GILSIM" --headless --backend=$backend --timeout=10s "$tmp/quick.py" 2>&1)
    status=$?
    if test $status -eq 0 && test "$out" = done; then echo "ok $n - $backend: a quick program is not stopped"
    else echo "not ok $n - $backend: quick: status $status: $out"; fi
done
# A lesson cell stopped by the wall clock says so (not "program time").
printf '# T\n\n```python\nimport math\nmath.factorial(10**7)\n```\n' > "$tmp/stuck.lesson"
n=$((n + 1))
"$GILSIM" --headless --timeout=200ms "$tmp/stuck.lesson" > /dev/null 2> "$tmp/err"
status=$?
if test $status -eq 124 && grep -q 'stopped in cell 1 after 0.2 s of wall time (--timeout)' "$tmp/err"; then
    echo "ok $n - a lesson cell stopped by the wall clock says so"
else
    echo "not ok $n - lesson: status $status"
    sed 's/^/#   /' "$tmp/err" | tail -n 5
fi
exit 0
