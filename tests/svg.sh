#!/bin/sh
# svg.sh — --svg writes the timeline as a well-formed SVG picture with a lane
# per thread, and refuses an unwritable path (TAP).
set -u
: "${GILSIM:=./gilsim}"
src=${GILSIM_SRCDIR:-.}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/svg.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
echo "1..5"
prog="$src/tests/golden/threads/gilsim_module.py"
"$GILSIM" --headless --svg="$tmp/t.svg" "$prog" > /dev/null 2>&1
status=$?
if test $status -eq 0; then echo "ok 1 - exit status 0"; else echo "not ok 1 - exit status $status"; fi
if head -n 2 "$tmp/t.svg" 2>/dev/null | grep -q '<svg ' && tail -n 1 "$tmp/t.svg" | grep -qx '</svg>'; then
    echo "ok 2 - a complete SVG document"
else
    echo "not ok 2 - not a complete SVG document"
fi
n=$(grep -c 'class="name"' "$tmp/t.svg" 2>/dev/null)
if test "${n:-0}" -eq 7; then echo "ok 3 - seven thread lanes"; else echo "not ok 3 - $n thread lanes, expected 7"; fi
if command -v xmllint > /dev/null 2>&1; then
    if xmllint --noout "$tmp/t.svg" 2>/dev/null; then echo "ok 4 - well-formed XML"
    else echo "not ok 4 - xmllint rejects it"; fi
else
    echo "ok 4 # SKIP no xmllint"
fi
"$GILSIM" --headless --svg="$tmp/no/such/dir/t.svg" "$prog" > /dev/null 2> "$tmp/err"
status=$?
if test $status -ne 0 && grep -q "cannot write" "$tmp/err" && ! ls "$tmp"/no* > /dev/null 2>&1; then
    echo "ok 5 - an unwritable path is an error"
else
    echo "not ok 5 - unwritable path: status $status"
fi
