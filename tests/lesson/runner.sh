#!/bin/sh
# The lesson runner: headless output, shared globals, exceptions, settings
# blocks, --check and its diffs, per-cell timelines, --list, lookup by name,
# notebooks recognised by content.
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
data=$GILSIM_SRCDIR/tests/lesson/data
tmp=${TMPDIR:-/tmp}/gilsim-lesson-run.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' 0
echo "1..22"
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

# Claims (```assert): the false ones are reported with the lesson line and
# the measured figure; the figures depend on the scheduler, so only their
# shape is fixed here.
"$GILSIM" --check claims.lesson >"$tmp/out" 2>&1
rc=$?
check "--check: a false claim exits 4" test $rc -eq 4
check "--check: a false claim names its line, the claim and the measured figure" sh -c "
    grep -Eqx 'claims.lesson:36: cell 1: claim: max wait >= 100ms — measured [0-9.]+ (ns|µs|ms) \\([A-Za-z0-9-]+\\)' '$tmp/out' &&
    grep -Eqx 'claims.lesson:37: cell 1: claim: takes of c\\* > 5 — measured [0-9]+ for c[01]' '$tmp/out' &&
    grep -Eqx 'claims.lesson:38: cell 1: claim: wait of c\\* > 10 \\* run of c\\* — measured wait of c[01] [0-9.]+ (ns|µs|ms), run of c[01] [0-9.]+ (ns|µs|ms); [0-9.]+ (ns|µs|ms) is not > [0-9.]+ (ns|µs|ms)' '$tmp/out' &&
    grep -qxF 'claims.lesson:49: cell 2: claim: running at once = 0 — measured 1' '$tmp/out'"
check "--check: a claim about something absent says so" sh -c "
    grep -qxF 'claims.lesson:39: cell 1: claim: first mark < 1ms — there is no mark in the cell' '$tmp/out' &&
    grep -qxF \"claims.lesson:40: cell 1: claim: block of nobody > 0 — no thread matches 'nobody'\" '$tmp/out'"
check "--check: only the false claims are reported, then a count" sh -c "
    test \$(grep -c ': claim: ' '$tmp/out') -eq 6 &&
    grep -qxF 'claims.lesson: 6 of 13 claims are false' '$tmp/out'"

"$GILSIM" --check --stats claims.lesson >"$tmp/out" 2>&1
check "--check --stats: the true claims with their figures too" sh -c "
    grep -Eqx 'claims.lesson:29: cell 1: holds: forced of c\\* >= 1 — measured [0-9]+ for c0; [0-9]+ for c1' '$tmp/out' &&
    grep -qxF 'claims.lesson:28: cell 1: holds: running at once <= 1 — measured 1' '$tmp/out' &&
    test \$(grep -c ': holds: ' '$tmp/out') -eq 7"

"$GILSIM" --check claims-processes.lesson >"$tmp/out" 2>&1
check "--check: claims name a process's threads as PROCESS/THREAD" sh -c "
    grep -Eqx 'claims-processes.lesson:23: cell 1: claim: run of ForkPoolWorker-\\*/MainThread > 1s — measured [0-9.]+ (µs|ms) for ForkPoolWorker-[12]/MainThread' '$tmp/out' &&
    grep -Eqx 'claims-processes.lesson:24: cell 1: claim: wait of MainThread > 1s — measured [0-9.]+ (ns|µs|ms) for [A-Za-z-]+[0-9]*/MainThread' '$tmp/out' &&
    grep -qxF 'claims-processes.lesson: 2 of 5 claims are false' '$tmp/out'"

"$GILSIM" basics.lesson --headless --timeline --width 60 >"$tmp/out" 2>/dev/null
check "options after the lesson; each cell's timeline starts at 0" \
    test "$(grep -c '^ *0 [nµm]*s' "$tmp/out")" -eq 4

"$GILSIM" --check python39.lesson >"$tmp/out" 2>&1
check "front matter python: 3.9 runs the cells under that profile" test $? -eq 0
"$GILSIM" --headless --python=3.12 python39.lesson >"$tmp/out" 2>&1
check "--python on the command line wins over the front matter" grep -qx "(3, 12) Thread-1 (print)" "$tmp/out"

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
