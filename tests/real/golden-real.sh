#!/bin/sh
# golden-real.sh — every golden program on the real backend (TAP): one test
# point per program, run by tests/golden.sh with GOLDEN_EXTRA_ARGS. Programs
# whose output depends on timing are listed in tests/real/virtual-only.txt
# (or marked `# backend: virtual-only`) and skipped; `# todo:` ones stay TODO.
#
# Environment: GILSIM, GILSIM_SRCDIR (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${GILSIM_SRCDIR:=.}"
GOLDEN_EXTRA_ARGS=--backend=real
export GILSIM GOLDEN_EXTRA_ARGS

root=$GILSIM_SRCDIR/tests/golden
skip=$GILSIM_SRCDIR/tests/real/virtual-only.txt
files=$(cd "$root" && find . -name '*.py' ! -path '*/_*' | sed 's|^\./||' | LC_ALL=C sort)
n=$(echo "$files" | wc -l | tr -d ' ')
echo "1..$n"
i=0
for f in $files; do
    i=$((i + 1))
    if grep -qx "$f" "$skip"; then
        echo "ok $i - $f # SKIP virtual-only"
        continue
    fi
    out=$(sh "$GILSIM_SRCDIR/tests/golden.sh" "$root/$f")
    case $out in
    *"# SKIP"*) echo "ok $i - $f # SKIP virtual-only" ;;
    *"not ok"*)
        if echo "$out" | grep -q '^not ok.*# TODO'; then
            echo "not ok $i - $f # TODO known gap"
        else
            echo "not ok $i - $f"
            echo "$out" | grep -v '^ok' | sed 's/^/#   /' | head -n 30
        fi ;;
    *) echo "ok $i - $f" ;;
    esac
done
exit 0
