#!/bin/sh
# A lesson's `compare:` front matter key (and --compare on a lesson): the
# lesson runs twice, under its own settings and with the compare options
# on top; each cell shows both runs' output under their labels and, with
# --timeline, both windows on one time axis (data/compare.out, exactly).
# A bad option in the key is a usage error before anything runs (TAP).
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
data=$GILSIM_SRCDIR/tests/lesson/data
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' 0
echo "1..4"
cd "$data" || exit 1
"$GILSIM" --headless --timeline --width=90 --ascii compare.lesson > "$tmp/out" 2> "$tmp/err"
rc=$?
if [ $rc = 0 ] && cmp -s "$tmp/out" compare.out; then echo "ok 1 - compare: key, both runs per cell (compare.out)"
else echo "not ok 1 - compare: key (exit $rc)"; diff compare.out "$tmp/out" | sed 's/^/# /' | head -20; fi
"$GILSIM" --headless --compare=--gil=off compare.lesson > "$tmp/out2" 2>&1
if grep -q '^\[run 2\] with --gil=off (5.00 ms interval, GIL off' "$tmp/out2" && [ "$(grep -c '^cell 1 done' "$tmp/out2")" = 2 ]
then echo "ok 2 - --compare on the command line wins over the key"
else echo "not ok 2 - --compare on a lesson"; sed 's/^/# /' "$tmp/out2" | head; fi
"$GILSIM" --headless --check compare.lesson > "$tmp/out3" 2>&1
if [ $? = 0 ] && grep -q 'ok (2 cells' "$tmp/out3"; then echo "ok 3 - --check checks the lesson's own run"
else echo "not ok 3 - --check"; sed 's/^/# /' "$tmp/out3" | head; fi
sed 's/^compare: .*/compare: --switch-interval=soon/' compare.lesson > "$tmp/bad.lesson"
"$GILSIM" --headless "$tmp/bad.lesson" > "$tmp/out4" 2> "$tmp/err4"
if [ $? = 2 ] && grep -q "invalid value 'soon' for --switch-interval" "$tmp/err4" && ! grep -q 'cell 1 done' "$tmp/out4"
then echo "ok 4 - a bad option in the key: exit 2 before anything runs"
else echo "not ok 4 - a bad compare key"; sed 's/^/# /' "$tmp/err4" | head; fi
