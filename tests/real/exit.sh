#!/bin/sh
# exit.sh — the ways a run can go wrong at its edges, on both backends
# (TAP): a thread or process the system cannot create raises CPython's
# error instead of aborting; a source line with a NUL byte is never echoed
# raw.
#
# Environment: GILSIM (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
case $GILSIM in /*) ;; *) GILSIM=$(pwd)/$GILSIM ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/exit.XXXXXX") || { echo "Bail out! mktemp"; exit 0; }
trap 'rm -rf "$tmp"' EXIT
tmp=$(cd "$tmp" && pwd -P)

echo "1..8"
n=0
# check DESCRIPTION STATUS WANT_STATUS FILE WANT_FILE: one test point
check() {
    n=$((n + 1))
    if test "$2" -eq "$3" && cmp -s "$4" "$5"; then
        echo "ok $n - $1"
    else
        echo "not ok $n - $1 (exit $2, expected $3)"
        diff "$5" "$4" | sed 's/^/#   /' | head -n 20
        sed 's/^/#   stderr: /' "$tmp/err" | head -n 10
    fi
}

# 1-2: the system has no thread to give (GILSIM_TEST_FAIL_THREAD=1 makes the
# first pthread_create fail with EAGAIN): RuntimeError, the Thread object
# stays unstarted and can be started again.
cat > "$tmp/start.py" <<'PY'
import threading
t = threading.Thread(target=print, args=('ran',))
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
print(t.is_alive(), t.ident)
t.start()
t.join()
print(t.is_alive())
PY
printf '%s\n' "RuntimeError: can't start new thread" 'False None' ran False > "$tmp/start.want"
for backend in virtual real; do
    GILSIM_TEST_FAIL_THREAD=1 "$GILSIM" --headless --backend=$backend "$tmp/start.py" > "$tmp/out" 2> "$tmp/err"
    check "$backend: a thread that cannot start raises RuntimeError" $? 0 "$tmp/out" "$tmp/start.want"
done

# 3-4: the same for a process (as a fork failing with EAGAIN).
cat > "$tmp/mpstart.py" <<'PY'
import multiprocessing as mp
if __name__ == '__main__':
    p = mp.Process(target=print, args=('child ran',))
    try:
        p.start()
    except OSError as e:
        print(type(e).__name__, e)
    print(p.is_alive(), p.exitcode)
    q = mp.Process(target=print, args=('child ran',))
    q.start()
    q.join()
    print(q.exitcode)
PY
printf '%s\n' 'OSError [Errno 11] Resource temporarily unavailable' 'False None' 'child ran' 0 > "$tmp/mpstart.want"
for backend in virtual real; do
    GILSIM_TEST_FAIL_THREAD=1 "$GILSIM" --headless --backend=$backend "$tmp/mpstart.py" > "$tmp/out" 2> "$tmp/err"
    check "$backend: a process that cannot start raises OSError" $? 0 "$tmp/out" "$tmp/mpstart.want"
done

# 5-6: a real shortage (ulimit -v: no room for another 16 MiB stack), if
# gilsim runs at all under the limit (sanitizer builds reserve far more).
cat > "$tmp/many.py" <<'PY'
import threading
ev = threading.Event()
ts = []
try:
    for i in range(1000):
        t = threading.Thread(target=ev.wait)
        t.start()
        ts.append(t)
except RuntimeError as e:
    print('RuntimeError:', e)
ev.set()
for t in ts:
    t.join()
print('joined', 0 < len(ts) < 1000)
PY
printf '%s\n' "RuntimeError: can't start new thread" 'joined True' > "$tmp/many.want"
echo 'print(1)' > "$tmp/one.py"
for backend in virtual real; do
    if sh -c 'ulimit -v 400000 && exec "$@"' sh "$GILSIM" --headless --backend=$backend "$tmp/one.py" \
           > /dev/null 2>&1; then
        (ulimit -v 400000 && exec "$GILSIM" --headless --backend=$backend "$tmp/many.py") > "$tmp/out" 2> "$tmp/err"
        check "$backend: out of address space for threads: RuntimeError" $? 0 "$tmp/out" "$tmp/many.want"
    else
        n=$((n + 1))
        echo "ok $n - $backend: out of address space # SKIP gilsim does not start under ulimit -v"
    fi
done

# 7-8: "source code cannot contain null bytes": the line is shown up to the
# NUL, with no caret, as CPython 3.11.4+ shows it.
printf 'x = 1\nprint("a\000b")\n' > "$tmp/nul.py"
printf '%s\n' "  File \"$tmp/nul.py\", line 2" '    print("a' 'SyntaxError: source code cannot contain null bytes' > "$tmp/nul.want"
(cd "$tmp" && exec "$GILSIM" --headless nul.py) > "$tmp/out" 2> "$tmp/nul.err"
status=$?
cp "$tmp/nul.err" "$tmp/err"
check "a NUL in the source: the line up to it, no raw NUL" $status 2 "$tmp/nul.err" "$tmp/nul.want"
printf '\000' > "$tmp/nul2.py"
printf '%s\n' "  File \"$tmp/nul2.py\", line 1" '    ' 'SyntaxError: source code cannot contain null bytes' > "$tmp/nul2.want"
(cd "$tmp" && exec "$GILSIM" --headless nul2.py) > "$tmp/out" 2> "$tmp/nul2.err"
status=$?
cp "$tmp/nul2.err" "$tmp/err"
check "a NUL at the start: an empty line" $status 2 "$tmp/nul2.err" "$tmp/nul2.want"
exit 0
