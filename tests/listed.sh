#!/bin/sh
# listed.sh — TAP: every file that automake must know by name is listed.
#   1. tests/golden.am names every tests/golden/**/*.py
#      (else: run tests/update-golden-list.sh and commit tests/golden.am);
#   2. EMBEDDED_PY in Makefile.am names every src/lib/py/*.py.
# Environment (set by Makefile.am): GILSIM_SRCDIR, EMBEDDED_PY.
set -u
LC_ALL=C
export LC_ALL
top=${GILSIM_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/listed.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

echo "1..2"

if sh "$top/tests/update-golden-list.sh" --stdout > "$tmp/golden.am" &&
   cmp -s "$tmp/golden.am" "$top/tests/golden.am"; then
    echo "ok 1 - tests/golden.am lists every golden program"
else
    echo "not ok 1 - tests/golden.am is stale: run tests/update-golden-list.sh"
    diff -u "$top/tests/golden.am" "$tmp/golden.am" | sed 's/^/#   /'
fi

missing=
for f in "$top"/src/lib/py/*.py; do
    test -f "$f" || continue
    rel=src/lib/py/${f##*/}
    case " $(echo ${EMBEDDED_PY:-}) " in
    *" $rel "*) ;;
    *) missing="$missing $rel" ;;
    esac
done
if test -z "$missing"; then
    echo "ok 2 - EMBEDDED_PY lists every src/lib/py/*.py"
else
    echo "not ok 2 - add to EMBEDDED_PY in Makefile.am:$missing"
fi
exit 0
