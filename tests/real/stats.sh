#!/bin/sh
# stats.sh — statistical tests of the real backend's GIL (TAP).
#
# Wide enough never to flake on a loaded 2-core machine, narrow enough to
# catch a broken protocol: each measurement is tried up to three times and
# passes if one try is in range. On a machine so loaded that CPython itself
# is out of range (the kernel then only preempts a spinner at its tick, so
# slices snap to multiples of 4 ms), the slice test compares with python3's
# median measured in the same try instead.
#
# Environment: GILSIM, GILSIM_SRCDIR (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${GILSIM_SRCDIR:=.}"
dir=$GILSIM_SRCDIR/tests/real
real() { "$GILSIM" --headless --backend=real "$@"; }
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }    # field NAME < line
# in_range X LO HI: LO <= X <= HI
in_range() { awk -v x="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(x >= lo && x <= hi) }'; }

echo "1..5"

# 1-2: two spinners alternate; median slice 4-7 ms at 5 ms; nobody starves.
ok=no why=
for try in 1 2 3; do
    out=$(real "$dir/slices.py" 1) || { why="gilsim failed: $out"; continue; }
    med=$(echo "$out" | field median_ms)
    share=$(echo "$out" | field min_share)
    if in_range "$med" 4 7; then ok=yes; why=; break; fi
    why="median $med ms"
    if command -v python3 >/dev/null 2>&1; then
        py=$(python3 "$dir/slices.py" 1 | field median_ms)
        why="$why (python3: $py ms)"
        # CPython out of range too: the machine is loaded; judge against it.
        if ! in_range "$py" 4 7 &&
           awk -v g="$med" -v p="$py" 'BEGIN { exit !(g >= 4 && g <= p * 1.25 + 0.5) }'; then
            ok=yes; break
        fi
    fi
done
if test $ok = yes; then echo "ok 1 - median slice $med ms at a 5 ms interval ${why:+(loaded machine: $why)}"
else echo "not ok 1 - median slice out of 4-7 ms: $why"; fi
if in_range "${share:-0}" 0.3 0.5; then echo "ok 2 - no thread starves (smaller share of the work $share)"
else echo "not ok 2 - a thread starves: smaller share of the work ${share:-?} (want >= 0.3)"; fi

# 3: sleep(0) beside a spinner waits for a forced switch: >= 2 ms per call.
ok=no
for try in 1 2 3; do
    ms=$(real "$dir/convoy.py" 40 | field sleep0_ms)
    if in_range "${ms:-0}" 2 1000; then ok=yes; break; fi
done
if test $ok = yes; then echo "ok 3 - sleep(0) beside a spinner costs $ms ms per call"
else echo "not ok 3 - sleep(0) beside a spinner costs ${ms:-?} ms per call (want >= 2)"; fi

# 4-5: native work with the GIL released overlaps; held, it is serialised.
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null || echo 1)
ok=no
for try in 1 2 3; do
    out=$(real "$dir/overlap.py" 0.2)
    rel=$(echo "$out" | field released_s)
    held=$(echo "$out" | field held_s)
    if in_range "${rel:-9}" 0 0.35; then ok=yes; break; fi
done
if test "$cores" -lt 2; then echo "ok 4 # SKIP one core"
elif test $ok = yes; then echo "ok 4 - 2 x 0.2 s of GIL-released native work take $rel s"
else echo "not ok 4 - 2 x 0.2 s of GIL-released native work take ${rel:-?} s (want < 0.35)"; fi
if in_range "${held:-0}" 0.38 5; then echo "ok 5 - 2 x 0.2 s holding the GIL take $held s"
else echo "not ok 5 - 2 x 0.2 s holding the GIL take ${held:-?} s (want >= 0.38)"; fi
exit 0
