#!/bin/sh
# svg.sh — --svg writes the timeline as a well-formed SVG picture with a lane
# per thread, and refuses an unwritable path; on a lesson --svg and --trace
# write one file per cell from a %d pattern, and refuse a name without one;
# --title, --from / --to (also for --timeline) and --font-size (TAP).
set -u
: "${GILSIM:=./gilsim}"
src=${GILSIM_SRCDIR:-.}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/svg.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
echo "1..14"
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

# 6-10: lessons, one file per cell.
lesson="$src/tests/ui/small.lesson"
cells=$(grep -c '^```python' "$lesson")
"$GILSIM" --headless --svg="$tmp/x.svg" "$lesson" > /dev/null 2> "$tmp/err"
status=$?
if test $status -eq 2 && grep -q 'one file per cell.*%d' "$tmp/err" && ! test -e "$tmp/x.svg"; then
    echo "ok 6 - --svg on a lesson without %d: exit 2, says why, writes nothing"
else
    echo "not ok 6 - --svg=x.svg on a lesson: status $status, $(cat "$tmp/err")"
fi
"$GILSIM" --headless --trace="$tmp/x.json" "$lesson" > /dev/null 2> "$tmp/err"
status=$?
if test $status -eq 2 && grep -q 'trace on a lesson writes one file per cell' "$tmp/err"; then
    echo "ok 7 - --trace on a lesson without %d: exit 2"
else
    echo "not ok 7 - --trace=x.json on a lesson: status $status"
fi
"$GILSIM" --headless "$lesson" > /dev/null 2>&1
plain=$?    # 1: its second cell raises on purpose
"$GILSIM" --headless --svg="$tmp/cell-%d.svg" --trace="$tmp/cell-%d.json" --theme=dark "$lesson" > /dev/null 2>&1
status=$?
n=$(ls "$tmp"/cell-*.svg 2>/dev/null | wc -l)
if test $status -eq $plain && test "$n" -eq "$cells" && test "$cells" -gt 0; then
    echo "ok 8 - one SVG per cell ($n)"
else
    echo "not ok 8 - status $status, $n SVG files for $cells cells"
fi
bad=0
for f in "$tmp"/cell-*.svg; do
    tail -n 1 "$f" | grep -qx '</svg>' && grep -q 'fill="#1e1e1e"' "$f" || bad=$((bad + 1))
done
if test "$bad" -eq 0; then echo "ok 9 - each is a complete dark-theme SVG"; else echo "not ok 9 - $bad bad files"; fi
n=$(ls "$tmp"/cell-*.json 2>/dev/null | wc -l)
if test "$n" -eq "$cells" && { ! command -v python3 > /dev/null 2>&1 ||
        python3 -c 'import json, sys; [json.load(open(f)) for f in sys.argv[1:]]' "$tmp"/cell-*.json; }; then
    echo "ok 10 - one trace per cell ($n), valid JSON"
else
    echo "not ok 10 - $n traces for $cells cells, or not JSON"
fi

# 11-14: a title, a time window, a font size.
prog2="$src/tests/golden/fidelity/alternation.py"
"$GILSIM" --headless --svg="$tmp/w.svg" --title='Two <spinners>' --from=20ms --to=30ms --font-size=16 "$prog2" > /dev/null 2>&1
if grep -q 'class="title">Two &lt;spinners&gt;</text>' "$tmp/w.svg"; then echo "ok 11 - --title, escaped"; else echo "not ok 11 - no title"; fi
first=$(grep -o 'class="tick">[^<]*' "$tmp/w.svg" | head -n 1 | sed 's/.*>//')
last=$(grep -o 'class="tick">[^<]*' "$tmp/w.svg" | tail -n 1 | sed 's/.*>//')
if test "$first" = "20 ms" && test "$last" = "30 ms" && grep -q 'font-size:16px' "$tmp/w.svg"; then
    echo "ok 12 - --from / --to: the axis runs from 20 ms to 30 ms; --font-size"
else
    echo "not ok 12 - axis $first .. $last"
fi
axis=$("$GILSIM" --headless --timeline --from=20ms --to=30ms --width=80 --ascii "$prog2" | grep ' ms ' | head -n 1)
case $axis in
*" 20 ms "*"28 ms"*) echo "ok 13 - --timeline --from / --to: $axis" ;;
*) echo "not ok 13 - --timeline axis: $axis" ;;
esac
"$GILSIM" --headless --svg="$tmp/f.svg" --font-size=40 "$prog2" > /dev/null 2> "$tmp/err"
status=$?
if test $status -eq 2 && grep -q 'from 8 to 24' "$tmp/err"; then echo "ok 14 - --font-size out of range: exit 2"
else echo "not ok 14 - --font-size=40: status $status"; fi
