#!/bin/sh
# sched.sh — the virtual scheduler's benchmarks (printed, not asserted):
#   scheduler overhead  two threads sharing some work vs one thread doing it
#                       (wall time; target <= 10 %)
#   event-log overhead  the same run with the event log on vs off
#                       (gilsim._set_recording; target <= 2 %), at the
#                       default interval and at 0.1 ms (the log's worst case)
#   virtual-time speed  program seconds simulated per wall second, for the
#                       seeds' CPU-bound example and for a pure-Python loop
#   thread scaling      1, 8, 64, 1000 and 16,000 threads (CPU-bound, idle,
#                       started one after another: sched/many_threads.py),
#                       wall time against python3's in the same run (one
#                       run each; BENCH_SCALE_MAX caps N, default 16000)
# Each figure is the best of BENCH_RUNS (default 5) runs.
# Environment: GILSIM (default ./gilsim), BENCH_RUNS.
set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${BENCH_RUNS:=5}"
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
if test ! -x "$GILSIM"; then
    echo "sched.sh: gilsim binary not found: $GILSIM (build it, or set GILSIM)" >&2
    exit 2
fi

now() { date +%s.%N; }

# best CMD...: the fastest wall time (s) of BENCH_RUNS runs.
best() {
    b=
    k=0
    while test "$k" -lt "$BENCH_RUNS"; do
        k=$((k + 1))
        s=$(now)
        "$@" > /dev/null 2>&1 < /dev/null || { echo fail; return; }
        e=$(now)
        b=$(awk -v s="$s" -v e="$e" -v b="$b" 'BEGIN { t = e - s; if (b == "" || t < b) b = t; printf "%.4f", b }')
    done
    echo "$b"
}

# program_seconds FILE [ARGS]: the run's program time, from --stats.
program_seconds() {
    "$GILSIM" --headless --stats "$@" 2>/dev/null | awk '
        /^process / && / ran / {
            for (i = 1; i <= NF; i++) if ($i == "ran") { v = $(i + 1); u = $(i + 2); break }
            sub(/,$/, "", u)
            f = (u == "s") ? 1 : (u == "ms") ? 1e-3 : (u == "us" || u == "\302\265s") ? 1e-6 : 1e-9
            printf "%.6f\n", v * f; exit }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%+.1f %%", (a / b - 1) * 100; else print "?" }'; }
speed() { awk -v p="$1" -v w="$2" 'BEGIN { if (w > 0) printf "%.2f", p / w; else print "?" }'; }

G="$GILSIM --headless"
one=$(best $G "$here/sched/one_thread.py")
two=$(best $G "$here/sched/two_threads.py")
two_nolog=$(best $G "$here/sched/two_threads.py" nolog)
heavy=$(best $G -i 0.1ms "$here/sched/switch_heavy.py")
heavy_nolog=$(best $G -i 0.1ms "$here/sched/switch_heavy.py" nolog)

seed=$top/tests/golden/seeds/001_cpu_bound_sum.py
seed_wall=$(best $G "$seed")
seed_prog=$(program_seconds "$seed")
loop_prog=$(program_seconds "$here/sched/one_thread.py")

printf '%-48s %s\n' "scheduler overhead (2 threads vs 1, wall)" "$(ratio "$two" "$one")   ($two s vs $one s; target <= +10 %)"
printf '%-48s %s\n' "event-log overhead (log on vs off, 5 ms)" "$(ratio "$two" "$two_nolog")   ($two s vs $two_nolog s; target <= +2 %)"
printf '%-48s %s\n' "event-log overhead (log on vs off, 0.1 ms)" "$(ratio "$heavy" "$heavy_nolog")   ($heavy s vs $heavy_nolog s)"
printf '%-48s %s\n' "virtual-time speed, seed CPU-bound example" "$(speed "$seed_prog" "$seed_wall") program s / wall s   ($seed_prog s in $seed_wall s)"
printf '%-48s %s\n' "virtual-time speed, pure-Python loop" "$(speed "$loop_prog" "$one") program s / wall s   ($loop_prog s in $one s)"

# Thread scaling, against python3 (skipped without it).
# python3 is resolved to its real binary (a pyenv shim's start-up is not timed).
py=$(python3 -c 'import sys; print(sys.executable)' 2> /dev/null)
if test -n "$py"; then
    : "${BENCH_SCALE_MAX:=16000}"
    for mode in cpu idle serial; do
        for n in 1 8 64 1000 16000; do
            test "$n" -le "$BENCH_SCALE_MAX" || continue
            g=$(BENCH_RUNS=1 best $G "$here/sched/many_threads.py" "$n" "$mode")
            p=$(BENCH_RUNS=1 best "$py" "$here/sched/many_threads.py" "$n" "$mode")
            printf '%-48s %s\n' "thread scaling, $n $mode threads" \
                "$(awk -v g="$g" -v p="$p" 'BEGIN { if (g == "fail") print "gilsim failed"; else if (p == "fail") print "python3 failed"; else if (p > 0) printf "%.2fx python3", g / p; else print "?" }')   ($g s vs $p s)"
        done
    done
fi
