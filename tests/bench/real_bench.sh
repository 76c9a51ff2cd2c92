#!/bin/sh
# real_bench.sh — the real backend against the floor and against CPython,
# measured in the same run (not part of make check: timings are not
# pass/fail). Each figure is the median of REPEAT runs, gilsim and python3
# alternating so that both see the same machine load.
#
# Usage: GILSIM=./gilsim sh tests/bench/real_bench.sh   (REPEAT, default 5;
# CC, default cc). Needs python3.

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${REPEAT:=5}"
: "${CC:=cc}"
here=$(cd "$(dirname "$0")" && pwd)
real=$here/../real
tmp=$(mktemp -d "${TMPDIR:-/tmp}/realbench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
g() { "$GILSIM" --headless --backend=real "$@"; }

# bench NAME FIELD ARGS...: median of FIELD over REPEAT runs of gilsim and
# python3 (python3 skipped when NAME starts with g-only); sets $G and $P.
bench() {
    name=$1 fld=$2; shift 2
    : > "$tmp/g"; : > "$tmp/p"
    i=0
    while test $i -lt "$REPEAT"; do
        g "$@" | field "$fld" >> "$tmp/g"
        python3 "$@" | field "$fld" >> "$tmp/p"
        i=$((i + 1))
    done
    G=$(median < "$tmp/g") P=$(median < "$tmp/p")
}

echo "real backend benchmarks (median of $REPEAT runs; $(getconf _NPROCESSORS_ONLN) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"

# 1. handoff latency vs a plain condition-variable ping-pong.
$CC -O2 -pthread "$here/real_pingpong.c" -o "$tmp/pingpong" || exit 1
: > "$tmp/c"
i=0
while test $i -lt "$REPEAT"; do "$tmp/pingpong" 20000 | field oneway_us >> "$tmp/c"; i=$((i + 1)); done
C=$(median < "$tmp/c")
bench pingpong oneway_us "$here/real_pingpong.py" 5000
printf "handoff   lock ping-pong one-way: gilsim %s us, python3 %s us, condvar floor %s us; gilsim/floor %s, gilsim/python3 %s\n" \
    "$G" "$P" "$C" "$(ratio "$G" "$C")" "$(ratio "$G" "$P")"
# The GIL handoff itself, from the event log: the time the GIL is free at a
# forced switch (GIL_DROP interval -> the next GIL_TAKE), two spinners.
g --trace="$tmp/t.json" "$real/slices.py" 1 > /dev/null
H=$(python3 - "$tmp/t.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
ev = d["traceEvents"] if isinstance(d, dict) else d
gil = sorted((e["ts"], e["ts"] + e["dur"]) for e in ev if e.get("ph") == "X" and e.get("tid") == 0)
gaps = sorted(b[0] - a[1] for a, b in zip(gil, gil[1:]) if b[0] >= a[1])
print("%.3f" % (gaps[len(gaps) // 2] if gaps else 0))
PY
)
printf "handoff   GIL free at a forced switch (median, from --trace): %s us; / condvar floor %s\n" "$H" "$(ratio "$H" "$C")"

# 2. mean slice of two spinners, 5 ms and 1 ms.
for iv in 0.005 0.001; do
    bench slices mean_ms "$real/slices.py" 1 $iv
    printf "slice     mean slice at %s s: gilsim %s ms, python3 %s ms; ratio %s\n" "$iv" "$G" "$P" "$(ratio "$G" "$P")"
done

# 3. convoy: sleep(0) beside a spinner.
bench convoy sleep0_ms "$real/convoy.py" 40
printf "convoy    sleep(0) beside a spinner: gilsim %s ms, python3 %s ms per call; ratio %s\n" "$G" "$P" "$(ratio "$G" "$P")"

# 4. two CPU-bound threads vs sequential.
bench cpu2 slowdown "$here/real_cpu2.py" 5000000
printf "cpu2      2 threads / sequential: gilsim %s, python3 %s\n" "$G" "$P"

# 5. event recording on vs off (GILSIM_EVENTS=off), gilsim only.
for prog in "$here/real_pingpong.py 5000 oneway_us" "$real/convoy.py 40 sleep0_ms" "$here/real_cpu2.py 5000000 threads_s"; do
    set -- $prog
    : > "$tmp/on"; : > "$tmp/off"
    i=0
    while test $i -lt "$REPEAT"; do
        g "$1" "$2" | field "$3" >> "$tmp/on"
        GILSIM_EVENTS=off g "$1" "$2" | field "$3" >> "$tmp/off"
        i=$((i + 1))
    done
    on=$(median < "$tmp/on") off=$(median < "$tmp/off")
    printf "events    %s %s: on %s, off %s; on/off %s\n" "$(basename "$1")" "$3" "$on" "$off" "$(ratio "$on" "$off")"
done
