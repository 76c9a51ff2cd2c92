#!/bin/sh
# real_locks.sh — lock handoffs on the real backend against python3, in the
# same run (not part of make check: timings are not pass/fail). Two threads
# loop on `with lock:` (tests/fidelity/scenarios/lock_loop.py); the figure is
# how often per second the lock changes hands, the median of REPEAT runs,
# gilsim and python3 alternating so that both see the same machine load.
# A blocked acquire takes the lock with the GIL released, as CPython's
# acquire_timed does (sched_block_claim), so locks change hands between GIL
# switches; a Semaphore (a Condition over a Lock in threading.py) still
# hands over only at GIL switches, in CPython too.
#
# Usage: GILSIM=./gilsim sh tests/bench/real_locks.sh   (REPEAT, default 5;
# SECONDS_EACH, default 0.5; PYTHON, default python3).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${REPEAT:=5}"
: "${SECONDS_EACH:=0.5}"
: "${PYTHON:=python3}"
here=$(cd "$(dirname "$0")" && pwd)
prog=$here/../fidelity/scenarios/lock_loop.py
tmp=$(mktemp -d "${TMPDIR:-/tmp}/reallocks.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

field() { sed -n 's/.*handoffs_per_s=\([0-9.]*\).*/\1/p'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "lock handoffs per second, real backend vs $($PYTHON -c 'import sys; print("python%d.%d" % sys.version_info[:2])')" \
     "(median of $REPEAT runs of ${SECONDS_EACH}s; $(getconf _NPROCESSORS_ONLN) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
for kind in Lock RLock Semaphore; do
    : > "$tmp/g"; : > "$tmp/p"
    i=0
    while test $i -lt "$REPEAT"; do
        "$GILSIM" --headless --backend=real "$prog" "$kind" "$SECONDS_EACH" | field >> "$tmp/g"
        "$PYTHON" "$prog" "$kind" "$SECONDS_EACH" | field >> "$tmp/p"
        i=$((i + 1))
    done
    G=$(median < "$tmp/g") P=$(median < "$tmp/p")
    printf "%-9s gilsim %8s  %s %8s  ratio %s   (gilsim: %s; %s: %s)\n" "$kind" "$G" "$PYTHON" "$P" \
        "$(awk -v a="$G" -v b="$P" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')" \
        "$(tr '\n' ' ' < "$tmp/g")" "$PYTHON" "$(tr '\n' ' ' < "$tmp/p")"
done
