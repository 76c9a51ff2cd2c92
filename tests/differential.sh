#!/bin/sh
# differential.sh — TAP: CPython is the reference. Runs every golden program
# under python3 and under gilsim and compares their standard output, one
# TAP line per program. Skipped: programs marked `# python3: skip` and those
# that expect a nonzero `# exit:`. stdin and `# args:` as in golden.sh.
# Environment: GILSIM (default ./gilsim), PYTHON3 (default python3 on PATH),
# GILSIM_SRCDIR (the source tree), GOLDEN_TIMEOUT (default 20 s per run).
# Without python3 the whole test is skipped (exit status 77).
set -u
LC_ALL=C.UTF-8
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${GOLDEN_TIMEOUT:=20}"
top=${GILSIM_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
case $GILSIM in
/*) ;;
*) GILSIM=$(pwd)/$GILSIM ;;
esac

python=${PYTHON3:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
    echo "1..0 # SKIP $python not found (set PYTHON3)"
    exit 77
fi
python=$(command -v "$python")
if test ! -x "$GILSIM"; then
    echo "Bail out! gilsim binary not found: $GILSIM (build it first)"
    exit 0
fi
if command -v timeout >/dev/null 2>&1; then
    guard="timeout -s KILL $GOLDEN_TIMEOUT"
else
    guard=
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/differential.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

(cd "$top" && find tests/golden -name '*.py' ! -path '*/_*' -type f) |
    LC_ALL=C sort > "$tmp/files"
echo "1..$(wc -l < "$tmp/files" | tr -d ' ')"

# Python's own output must not depend on the environment.
PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
export PYTHONHASHSEED PYTHONIOENCODING PYTHONDONTWRITEBYTECODE

i=0
while IFS= read -r rel; do
    i=$((i + 1))
    file=$top/$rel
    if grep -q '^[[:space:]]*# python3:[[:space:]]*skip' "$file"; then
        echo "ok $i - $rel # SKIP marked python3: skip"
        continue
    fi
    # `# python3: needs numpy`: gilsim's simulated numpy is compared with
    # the real one only where the reference python3 has it (Debian's
    # /usr/bin/python3 with python3-numpy: PYTHON3=/usr/bin/python3)
    if grep -q '^[[:space:]]*# python3:[[:space:]]*needs numpy' "$file" &&
        ! "$python" -c 'import numpy' >/dev/null 2>&1; then
        echo "ok $i - $rel # SKIP $python has no numpy"
        continue
    fi
    # `# python3: needs numba` (or cupy): the same for the other simulated
    # libraries (Debian's python3-numba; CuPy needs a GPU and is not here)
    needs=$(sed -n 's/^[[:space:]]*# python3:[[:space:]]*needs[[:space:]]*\(numba\|cupy\).*/\1/p' "$file" | head -n 1)
    if test -n "$needs" && ! "$python" -c "import $needs" >/dev/null 2>&1; then
        echo "ok $i - $rel # SKIP $python has no $needs"
        continue
    fi
    todo=$(sed -n 's/^[[:space:]]*# todo:[[:space:]]*//p' "$file" | head -n 1)
    if test -n "$todo"; then
        echo "ok $i - $rel # SKIP known gap (golden.sh reports it as TODO): $todo"
        continue
    fi
    want_exit=$(sed -n 's/^[[:space:]]*# exit:[[:space:]]*\([0-9][0-9]*\)[[:space:]]*$/\1/p' "$file" | tail -n 1)
    if test "${want_exit:-0}" -ne 0; then
        echo "ok $i - $rel # SKIP expects exit status $want_exit"
        continue
    fi
    args=$(sed -n 's/^[[:space:]]*# args:[[:space:]]*//p' "$file" | tr '\n' ' ')
    stdin=/dev/null
    if grep -q '^[[:space:]]*# stdin:' "$file"; then
        sed -n 's/^[[:space:]]*# stdin: \{0,1\}//p' "$file" > "$tmp/stdin"
        stdin=$tmp/stdin
    fi
    dir=$(dirname "$file")
    base=$(basename "$file")
    set -f
    # shellcheck disable=SC2086
    (cd "$dir" && exec $guard "$python" -s "$base") < "$stdin" > "$tmp/py.out" 2> "$tmp/py.err"
    py_status=$?
    # shellcheck disable=SC2086
    (cd "$dir" && exec $guard "$GILSIM" --headless $args "$base") < "$stdin" > "$tmp/gs.out" 2> "$tmp/gs.err"
    gs_status=$?
    set +f
    if test "$py_status" -ne 0; then
        echo "not ok $i - $rel: python3 itself exits $py_status (fix the program or mark it # python3: skip)"
        sed 's/^/#   /' "$tmp/py.err" | tail -n 10
    elif cmp -s "$tmp/py.out" "$tmp/gs.out"; then
        echo "ok $i - $rel"
    else
        echo "not ok $i - $rel: stdout differs from python3 (gilsim exit $gs_status)"
        diff -u "$tmp/py.out" "$tmp/gs.out" |
            sed -e '1s/.*/--- python3/' -e '2s/.*/+++ gilsim/' -e 's/^/#   /' | head -n 40
    fi
done < "$tmp/files"
exit 0
