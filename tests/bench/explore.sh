#!/bin/sh
# explore.sh — --explore's throughput on the lock lesson's cells (each as a
# program: lesson_cells.sh; printed, not asserted): schedules per second of wall time, against plain runs of the
# same program one after another (gilsim started afresh each time), which
# shows what the fork per schedule costs or saves. The first row, an empty
# program, is the floor: a fork, a fresh interpreter and three pipes.
# Environment: GILSIM (default ./gilsim), BENCH_EXPLORE_RUNS (default 200).
set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${SHELL:=/bin/sh}"
: "${BENCH_EXPLORE_RUNS:=200}"
here=$(cd "$(dirname "$0")" && pwd)
if test ! -x "$GILSIM"; then
    echo "explore.sh: gilsim binary not found: $GILSIM (build it, or set GILSIM)" >&2
    exit 2
fi
now() { date +%s.%N; }
lesson=$here/../../lessons/lock.lesson
tmp=$(mktemp -d "${TMPDIR:-/tmp}/explore-bench.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
echo 'pass' > "$tmp/empty.py"
cells=$(grep -c '^```python' "$lesson")
k=0
while test "$k" -lt "$cells"; do
    k=$((k + 1))
    "$SHELL" "$here/lesson_cells.sh" "$lesson" "$k" > "$tmp/lock-cell$k.py"
done

printf '%-20s %9s %9s %12s %14s\n' program outcomes schedules schedules/s "plain runs/s"
for f in "$tmp"/empty.py "$tmp"/lock-cell*.py; do
    line=$("$GILSIM" --headless --explore="$BENCH_EXPLORE_RUNS" "$f" 2>&1 >/dev/null | grep 'schedules/s')
    rate=$(echo "$line" | sed -n 's/.* \([0-9.]*\) schedules\/s.*/\1/p')
    runs=$(echo "$line" | sed -n 's/^explore: \([0-9]*\) schedules.*/\1/p')
    outcomes=$("$GILSIM" --headless --explore="$BENCH_EXPLORE_RUNS" "$f" 2>/dev/null | sed -n '1s/.*: \([0-9]*\) outcome.*/\1/p')
    s=$(now)
    k=0
    while test "$k" -lt 20; do
        k=$((k + 1))
        "$GILSIM" --headless --seed="$k" "$f" > /dev/null 2>&1
    done
    e=$(now)
    plain=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", 20 / (e - s) }')
    printf '%-20s %9s %9s %12s %14s\n' "$(basename "$f")" "$outcomes" "$runs" "$rate" "$plain"
done
