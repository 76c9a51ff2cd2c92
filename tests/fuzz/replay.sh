#!/bin/sh
# replay.sh — TAP: the saved fuzz corpus (tests/fuzz/corpus/TARGET) and the
# regression inputs (tests/fuzz/regress/TARGET) run through each fuzz
# target, built as a plain program (replay.c). A crash, a sanitizer report
# in a sanitizer build, or an unreadable input fails. The Python inputs
# also run bounded (GILSIM_FUZZ_EXEC=1: executed in a child, 50 ms of
# program time), so a VM crash that a saved input reaches fails here too.
# In a UBSan build, undefined behaviour fails, except the findings
# reported but not fixed yet that tests/fuzz/ubsan.supp holds back.
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
bin=$(dirname "$GILSIM")/tests/fuzz
fuzz=$GILSIM_SRCDIR/tests/fuzz
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$fuzz/ubsan.supp}
export UBSAN_OPTIONS
tmp=${TMPDIR:-/tmp}/gilsim-fuzz-replay.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' 0
echo "1..6"
n=0

replay() {   # description, then the command
    n=$((n + 1))
    desc=$1
    shift
    if "$@" >"$tmp/out" 2>"$tmp/err"; then
        echo "ok $n - $desc: $(cat "$tmp/out")"
    else
        echo "not ok $n - $desc"
        tail -n 30 "$tmp/err" | sed 's/^/#   /'
    fi
}

for t in python lesson; do
    replay "$t corpus" "$bin/replay_$t" "$fuzz/corpus/$t"
    replay "$t regressions" "$bin/replay_$t" "$fuzz/regress/$t"
done
for d in corpus regress; do
    replay "python $d, executed" env GILSIM_FUZZ_EXEC=1 "$bin/replay_python" "$fuzz/$d/python"
done
