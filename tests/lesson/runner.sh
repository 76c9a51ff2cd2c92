#!/bin/sh
# The lesson runner: headless output, shared globals, exceptions, settings
# blocks, --check and its diffs, per-cell timelines, --list, lookup by name,
# notebooks recognised by content.
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
data=$GILSIM_SRCDIR/tests/lesson/data
tmp=${TMPDIR:-/tmp}/gilsim-lesson-run.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' 0
echo "1..14"
n=0
check() {   # description, then a command that succeeds
    n=$((n + 1))
    desc=$1
    shift
    if "$@"; then echo "ok $n - $desc"; else echo "not ok $n - $desc"; fi
}

cd "$data" || exit 1
"$GILSIM" --headless basics.lesson >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/rc"
check "a cell's exception makes the exit status 1" grep -qx 1 "$tmp/rc"
check "one header per cell, with its first line" \
    test "$(grep -c '^\[cell [0-9]\] ' "$tmp/out")" -eq 4 -a \
         "$(sed -n 1p "$tmp/out")" = "[cell 1] import sys"
check "cells share globals and the lesson goes on" grep -qx 'still here, x = 42 interval 0.002' "$tmp/out"
check "settings blocks apply to the next cell only" grep -qx 'x = 42 interval 0.001' "$tmp/out"
check "tracebacks name the lesson's lines" grep -q 'File "basics.lesson", line 42' "$tmp/err"
check "a fence in prose is not run" sh -c "! grep -q 'not a cell' '$tmp/out'"

"$GILSIM" --check basics.lesson >"$tmp/out" 2>&1
check "--check: wildcards and tracebacks match (exit 0)" test $? -eq 0
"$GILSIM" --check mismatch.lesson >"$tmp/out" 2>&1
rc=$?
check "--check: a mismatch exits 4" test $rc -eq 4
check "--check: a unified diff naming the cell and the line" sh -c "
    grep -qx 'mismatch.lesson:11: cell 2: the output differs from the expect block' '$tmp/out' &&
    grep -qx -- '--- mismatch.lesson:15 (cell 2, expected)' '$tmp/out' &&
    grep -qx -- '-four' '$tmp/out' && grep -qx -- '+three' '$tmp/out' && grep -qx ' two' '$tmp/out'"

"$GILSIM" basics.lesson --headless --timeline --width 60 >"$tmp/out" 2>/dev/null
check "options after the lesson; each cell's timeline starts at 0" \
    test "$(grep -c '^ *0 [nµm]*s' "$tmp/out")" -eq 4

"$GILSIM" --headless notebook.txt >"$tmp/out" 2>&1
check "a MyST notebook opens as a lesson whatever its extension" \
    test "$(cat "$tmp/out")" = "$(printf '[cell 1] import threading\nMainThread')"

cd "$GILSIM_SRCDIR" || exit 1
"$GILSIM" --list >"$tmp/out" 2>&1
check "--list: name and title in course order" sh -c "
    head -n 1 '$tmp/out' | grep -q '^threads  *Threads' &&
    grep -q '^lock  *Locks: what the GIL does not do for you\$' '$tmp/out'"

mkdir -p "$tmp/work/lessons" && cp "$data/basics.lesson" "$tmp/work/lessons/" || exit 1
(cd "$tmp/work" && "$GILSIM" --check basics) >"$tmp/out" 2>&1
check "a lesson found by name in ./lessons" test $? -eq 0
(cd "$tmp/work" && "$GILSIM" no_such_lesson) >"$tmp/out" 2>&1
rc=$?
check "an unknown lesson name is a usage error" sh -c "test $rc -eq 2 && grep -q \"no lesson named 'no_such_lesson'\" '$tmp/out'"
