#!/bin/sh
# theme.sh — the live view's colours (--theme) in tmux: twelve threads get
# twelve colours on a 256-colour terminal, the light theme has no white or
# yellow (they wash out on a light background), the GIL lane shows its
# holder's character (never the colour alone), and a bad --theme is refused.
. "$GILSIM_SRCDIR/tests/ui/tmux-lib.sh"
cp "$GILSIM_SRCDIR/tests/ui/twelve.py" twelve.py
echo "1..6"
colours() { T capture-pane -e -p -t g | grep -o '38;5;[0-9]*m' | sort -u | wc -l; }

start 120 40 "'$GILSIM' twelve.py"
check "dark (default): the program ends in the view" "wait_for 'program ended' 10"
n=$(colours)
check "dark: twelve thread colours ($n)" "[ $n -ge 12 ] && T capture-pane -e -p -t g | grep -q '38;5;214m'"
check "the GIL lane shows holders by their lane character" "screen | grep -Eq '^GIL +.*[0-9A-C]'"

start 120 40 "'$GILSIM' --theme=light twelve.py"
wait_for 'program ended' 10
n=$(colours)
check "light: twelve colours ($n), none of the dark theme's light ones" \
    "[ $n -ge 12 ] && ! T capture-pane -e -p -t g | grep -Eq '38;5;(214|184|51)m'"

start 120 40 "TERM=xterm '$GILSIM' --theme=light twelve.py"
wait_for 'program ended' 10
check "light on 8 colours: no white, no yellow" \
    "screen | grep -q '^GIL' && ! T capture-pane -e -p -t g | grep -Eq '\[(3[37]|9[37])m|;3[37]m'"

start 80 24 "'$GILSIM' --theme=blue twelve.py"
check "--theme=blue: a usage error" "wait_for '^EXIT=2' && screen | grep -q 'expected light or dark'"
