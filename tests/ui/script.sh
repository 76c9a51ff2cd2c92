#!/bin/sh
# script.sh — `gilsim --script=FILE` runs a REPL session from FILE, headless,
# exactly as when the same lines come on stdin; bad uses exit 2 (TAP).
set -u
: "${GILSIM:=./gilsim}"
dir=${GILSIM_SRCDIR:-.}/tests/ui/repl
tmp=$(mktemp -d "${TMPDIR:-/tmp}/script.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
echo "1..3"
(cd "$tmp" && "$GILSIM" --script="$dir/basic.in" > out 2> /dev/null < /dev/null)
status=$?
if test $status -eq 0 && cmp -s "$tmp/out" "$dir/basic.out"; then
    echo "ok 1 - --script=basic.in prints basic.out"
else
    echo "not ok 1 - --script=basic.in: status $status"
    diff "$dir/basic.out" "$tmp/out" | sed 's/^/#   /' | head -n 20
fi
"$GILSIM" --script="$tmp/no-such-file" > /dev/null 2> "$tmp/err" < /dev/null
status=$?
if test $status -eq 2 && grep -q "cannot open" "$tmp/err"; then echo "ok 2 - a missing script exits 2"
else echo "not ok 2 - missing script: status $status"; fi
"$GILSIM" --script="$dir/basic.in" "$dir/basic.in" > /dev/null 2> "$tmp/err" < /dev/null
status=$?
if test $status -eq 2; then echo "ok 3 - --script with a FILE is a usage error"
else echo "not ok 3 - --script with a FILE: status $status"; fi
