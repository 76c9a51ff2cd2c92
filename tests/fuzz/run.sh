#!/bin/sh
# run.sh — run or minimise a fuzz target built by `make fuzz`.
#
#   tests/fuzz/run.sh TARGET [SECONDS [LIBFUZZER-OPTION...]]
#       fuzz TARGET (python or lesson) for SECONDS (default 600) in
#       tests/fuzz/work/TARGET, seeded from the saved corpus and the
#       goldens (python) or the lessons and lesson test data (lesson);
#       crashing inputs land in tests/fuzz/work/TARGET-crashes/.
#   tests/fuzz/run.sh merge TARGET
#       minimise the saved and the work corpus into tests/fuzz/corpus/TARGET
#       (replaced): the fewest files, smallest first, that reach every edge.
#
# Run from the build directory (where make fuzz put the binaries). One
# fuzzing process at a time: the machine is shared.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
bin=tests/fuzz
# Findings reported but not fixed yet are held back (ubsan.supp).
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$src/tests/fuzz/ubsan.supp}
export UBSAN_OPTIONS
seeds() {   # the seed files of target $1
    case $1 in
    python) find "$src/tests/golden" -name '*.py' -type f ;;
    lesson) find "$src/lessons" "$src/tests/lesson" -type f \
                \( -name '*.lesson' -o -name '*.txt' -o -name '*.md' \) ;;
    *) echo "run.sh: unknown target '$1' (python or lesson)" >&2; exit 2 ;;
    esac
}

if test "${1:-}" = merge; then
    t=${2:?usage: run.sh merge TARGET}
    seeds "$t" >/dev/null
    out=$src/tests/fuzz/corpus/$t
    rm -rf "$out.new" && mkdir -p "$out.new"
    # Edges only, not hit counts: a few hundred files rather than thousands.
    "$bin/fuzz_$t" -merge=1 -use_counters=0 "$out.new" "$out" "$bin/work/$t"
    rm -rf "$out" && mv "$out.new" "$out"
    echo "run.sh: $out: $(ls "$out" | wc -l) files, $(cat "$out"/* | wc -c) bytes"
    exit 0
fi

t=${1:?usage: run.sh TARGET [SECONDS [OPTION...]] | run.sh merge TARGET}
secs=${2:-600}
test $# -ge 2 && shift 2 || shift $#
test -x "$bin/fuzz_$t" || { echo "run.sh: no $bin/fuzz_$t: run make fuzz first" >&2; exit 2; }
work=$bin/work/$t
mkdir -p "$work" "$bin/work/$t-crashes"
if test -z "$(ls "$work")"; then
    cp "$src/tests/fuzz/corpus/$t/"* "$work/" 2>/dev/null || :
    seeds "$t" | while IFS= read -r f; do
        cp "$f" "$work/seed-$(echo "$f" | cksum | cut -d' ' -f1)"
    done
fi
exec "$bin/fuzz_$t" -max_total_time="$secs" -dict="$src/tests/fuzz/$t.dict" \
    -artifact_prefix="$bin/work/$t-crashes/" -print_final_stats=1 "$@" "$work"
