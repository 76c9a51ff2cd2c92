#!/bin/sh
# replcompare.sh — `gilsim --script=FILE --compare=OPTIONS --timeline`: a
# REPL session run twice, headless, the second time with OPTIONS, both
# timelines on one time axis: what the REPL's :compare runs (its own
# session is tests/ui/repl/compare.in, run by repl.sh) (TAP).
set -u
: "${GILSIM:=./gilsim}"
dir=${GILSIM_SRCDIR:-.}/tests/ui/repl
tmp=$(mktemp -d "${TMPDIR:-/tmp}/replcompare.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
# the session without its : commands
echo "1..1"
grep -v '^:' "$dir/compare.in" > "$tmp/session.in"
(cd "$tmp" && "$GILSIM" --script=session.in --compare=--gil=off --timeline --ascii --width=90 > out2 2> /dev/null < /dev/null)
if grep -q '^\[run 2\] with --gil=off (5.00 ms interval, GIL off' "$tmp/out2" \
   && grep -q '^-- run 2: with --gil=off' "$tmp/out2" && test "$(grep -c '^joined' "$tmp/out2")" = 2; then
    echo "ok 1 - --script with --compare runs the session twice"
else
    echo "not ok 1 - --script with --compare"
    sed 's/^/#   /' "$tmp/out2" | head -n 30
fi
