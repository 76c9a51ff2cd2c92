#!/bin/sh
# sigint.sh — Ctrl-C raises KeyboardInterrupt in the main thread, on both
# backends, interrupting a real sleep or lock wait; a second Ctrl-C before
# the first is handled exits with status 130 (TAP).
#
# A shell starts background jobs with SIGINT ignored, and gilsim (like
# CPython) keeps an ignored SIGINT ignored, so a python3 driver runs gilsim
# with the default restored; without python3 the test is skipped.
#
# Environment: GILSIM (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
command -v python3 >/dev/null 2>&1 || { echo "1..0 # SKIP no python3"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sigint.XXXXXX") || { echo "Bail out! mktemp"; exit 0; }
trap 'rm -rf "$tmp"' EXIT

# run_int NAME SIGNALS BACKEND: runs $tmp/NAME.py, waits for it to print
# "ready", sends SIGNALS SIGINTs 0.2 s apart, to gilsim itself (a driver
# passing them on could merge two that come close on a loaded machine);
# sets $status, output in $tmp/NAME.out and .err.
run_int() {
    rm -f "$tmp/$1.pid"
    python3 "$tmp/driver.py" "$tmp/$1.pid" "$GILSIM" --headless --backend="$3" "$tmp/$1.py" \
        > "$tmp/$1.out" 2> "$tmp/$1.err" &
    pid=$!
    n=0
    until { grep -q ready "$tmp/$1.out" && test -s "$tmp/$1.pid"; } 2>/dev/null || test $n -ge 100; do
        sleep 0.1; n=$((n + 1))
    done
    k=0
    while test $k -lt "$2"; do
        kill -INT "$(cat "$tmp/$1.pid")" 2>/dev/null; k=$((k + 1)); sleep 0.2
    done
    wait $pid
    status=$?
}

# The driver runs gilsim with SIGINT at its default, writes its pid, and
# kills it after 15 s so that a program that ignored the SIGINTs never
# hangs; it reports a kill on stderr.
cat > "$tmp/driver.py" <<'PY'
import os, signal, subprocess, sys
child = subprocess.Popen(sys.argv[2:],
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
with open(sys.argv[1] + '.tmp', 'w') as f:
    f.write('%d\n' % child.pid)
os.rename(sys.argv[1] + '.tmp', sys.argv[1])
try:
    rc = child.wait(15)
except subprocess.TimeoutExpired:
    sys.stderr.write('driver: no end after 15 s, killed\n')
    child.kill()
    rc = child.wait()
sys.exit(rc if rc >= 0 else 128 - rc)
PY
cat > "$tmp/sleep.py" <<'PY'
import time
print("ready", flush=True)
time.sleep(30)
print("not interrupted")
PY
cat > "$tmp/join.py" <<'PY'
import threading, time
t = threading.Thread(target=time.sleep, args=(30,), daemon=True)
t.start()
print("ready", flush=True)
t.join()
PY
cat > "$tmp/spin.py" <<'PY'
import threading
stop = []
def spin():
    while not stop:
        pass
t = threading.Thread(target=spin)
t.start()
try:
    print("ready", flush=True)
    while True:
        pass
except KeyboardInterrupt:
    stop.append(1)
    t.join()
    print("caught")
PY
cat > "$tmp/stuck.py" <<'PY'
import gilsim
print("ready", flush=True)
gilsim.cpu(30, release_gil=False)
PY
cat > "$tmp/stuck_virtual.py" <<'PY'
import threading
def spin():
    while True:
        pass
t = threading.Thread(target=spin, daemon=True)
t.start()
print("ready", flush=True)
t.join()
PY

echo "1..6"
t=1
for backend in real virtual; do
    case $backend in
    real) progs="sleep join spin" ;;
    virtual) progs="spin" ;;
    esac
    for p in $progs; do
        run_int $p 1 $backend
        if test $p = spin; then
            if test $status -eq 0 && grep -qx caught "$tmp/$p.out"; then
                echo "ok $t - $backend: KeyboardInterrupt in a spinning main thread, caught"
            else
                echo "not ok $t - $backend: $p: status $status"; sed 's/^/#   /' "$tmp/$p.err" | head -n 20
            fi
        elif test $status -eq 130 && grep -q '^KeyboardInterrupt' "$tmp/$p.err" && ! grep -q "not interrupted" "$tmp/$p.out"; then
            echo "ok $t - $backend: Ctrl-C interrupts $p with KeyboardInterrupt"
        else
            echo "not ok $t - $backend: $p: status $status"; sed 's/^/#   /' "$tmp/$p.err" | head -n 20
        fi
        t=$((t + 1))
    done
done
run_int stuck 2 real
if test $status -eq 130; then echo "ok $t - a second Ctrl-C exits 130"
else echo "not ok $t - a second Ctrl-C: status $status, expected 130"; fi
t=$((t + 1))
run_int stuck_virtual 2 virtual
if test $status -eq 130; then echo "ok $t - virtual: a second Ctrl-C exits 130"
else echo "not ok $t - virtual: a second Ctrl-C: status $status, expected 130"; fi
exit 0
