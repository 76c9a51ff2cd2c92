#!/bin/sh
# exit.sh — the ways a run can go wrong at its edges, on both backends
# (TAP): a source line with a NUL byte is never echoed raw.
#
# Environment: GILSIM (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
case $GILSIM in /*) ;; *) GILSIM=$(pwd)/$GILSIM ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/exit.XXXXXX") || { echo "Bail out! mktemp"; exit 0; }
trap 'rm -rf "$tmp"' EXIT
tmp=$(cd "$tmp" && pwd -P)

echo "1..2"
n=0
# check DESCRIPTION STATUS WANT_STATUS FILE WANT_FILE: one test point
check() {
    n=$((n + 1))
    if test "$2" -eq "$3" && cmp -s "$4" "$5"; then
        echo "ok $n - $1"
    else
        echo "not ok $n - $1 (exit $2, expected $3)"
        diff "$5" "$4" | sed 's/^/#   /' | head -n 20
        sed 's/^/#   stderr: /' "$tmp/err" | head -n 10
    fi
}

# 1-2: "source code cannot contain null bytes": the line is shown up to the
# NUL, with no caret, as CPython 3.11.4+ shows it.
printf 'x = 1\nprint("a\000b")\n' > "$tmp/nul.py"
printf '%s\n' "  File \"$tmp/nul.py\", line 2" '    print("a' 'SyntaxError: source code cannot contain null bytes' > "$tmp/nul.want"
(cd "$tmp" && exec "$GILSIM" --headless nul.py) > "$tmp/out" 2> "$tmp/nul.err"
status=$?
cp "$tmp/nul.err" "$tmp/err"
check "a NUL in the source: the line up to it, no raw NUL" $status 2 "$tmp/nul.err" "$tmp/nul.want"
printf '\000' > "$tmp/nul2.py"
printf '%s\n' "  File \"$tmp/nul2.py\", line 1" '    ' 'SyntaxError: source code cannot contain null bytes' > "$tmp/nul2.want"
(cd "$tmp" && exec "$GILSIM" --headless nul2.py) > "$tmp/out" 2> "$tmp/nul2.err"
status=$?
cp "$tmp/nul2.err" "$tmp/err"
check "a NUL at the start: an empty line" $status 2 "$tmp/nul2.err" "$tmp/nul2.want"
exit 0
