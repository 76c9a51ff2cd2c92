#!/bin/sh
# text.sh — the live view's text (issue 13, item 8) in tmux: lesson prose
# rendered (no raw Markdown, bullets, bold and underline), long lines wrap
# in the output and the code, the output scrolls back with [ and on with ],
# a traceback's line is the number on the code panel, the header keeps its
# units at 80 columns, the statistics use --stats's words and full names
# where there is room, lanes that do not fit are counted, not cut silently;
# at 80x24, 120x40 and 200x60.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
cp "$GILSIM_SRCDIR/tests/ui/prose.lesson" prose.lesson
cp "$GILSIM_SRCDIR/tests/ui/two.py" two.py
cp "$GILSIM_SRCDIR/tests/ui/twelve.py" twelve.py
echo "1..13"

for size in "80 24" "120 40" "200 60"; do
    set -- $size
    start $1 $2 "'$GILSIM' prose.lesson"
    check "${1}x$2: prose without Markdown, bullets, the verbatim bits kept" \
        "wait_for 'Markup in the live view' && ! screen | grep -Eq '\\*\\*|# Markup|\`code_span|^ *- the' \
         && screen | grep -q 'strong words' && screen | grep -q 'code_span()' && screen | grep -q '2 \\* 3 \\* 4' \
         && screen | grep -q 'snake_case_names' && screen | grep -q '• the first item'"
done
# the last one is 200x60: the header has room for the whole title
check "strong is bold, emphasis underlined" \
    "T capture-pane -e -p -t g | grep -q '1mstrong words' && T capture-pane -e -p -t g | grep -q '4memphasised words'"

start 80 24 "'$GILSIM' prose.lesson"
wait_for 'Markup in the live view'
check "80 columns: the title is shortened, the settings keep their units" \
    "screen | sed -n 1p | grep -Eq '^ A lesson with a [a-z ]*… .*5\\.00 ms interval' \
     && ! screen | sed -n 1p | grep -Eq 'interva[^l]|[0-9] m[^s]'"

start 120 40 "'$GILSIM' prose.lesson"
wait_for 'Markup in the live view'
T send-keys -t g n
check "a traceback names the line the code panel shows" \
    "wait_for 'line 19, in' 10 && screen | grep -Eq '^ *19 raise ValueError'"
check "long code lines wrap onto rows without a number" \
    "screen | grep -Eq '^ *18 x = .a code line' && screen | grep -A1 -E '^ *18 x = ' | tail -n 1 | grep -Eq '^ {9} *[a-z]'"
check "the end of the output is shown" "screen | grep -q 'ValueError: from line 19'"
T send-keys -t g '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '['
check "[ scrolls the output back, to its first line, wrapped" \
    "wait_for 'more: \\]' && ! screen | grep -q 'ValueError: from line 19' \
     && screen | grep -q '│a line of output that is much longer' && screen | grep -A1 '│a line of output' | tail -n 1 | grep -q 'de, so it has'"
T send-keys -t g ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']'
check "] scrolls it on to the end" "wait_for 'ValueError: from line 19' && ! screen | grep -q 'more: \\]'"

start 120 40 "'$GILSIM' two.py"
check "statistics: --stats's words, names in full where there is room" \
    "wait_for 'program ended' 10 && screen | grep -Eq 'thread +run +wait +takes +max wait' \
     && screen | grep -Eq '^.*│0 MainThread +[0-9]+%'"
start 80 24 "'$GILSIM' two.py"
check "80x24: names cut only to fit, the header keeps its units" \
    "wait_for 'program ended' 10 && screen | grep -q 'MainThre…' && screen | sed -n 1p | grep -q '5.00 ms interval'"
start 80 24 "'$GILSIM' twelve.py"
check "80x24, 13 threads: the lanes that do not fit are counted" \
    "wait_for 'program ended' 10 && screen | grep -Eq '^… [0-9]+ more lanes' && screen | grep -q '^0 MainThread'"
