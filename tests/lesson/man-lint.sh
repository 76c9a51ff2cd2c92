#!/bin/sh
# The man pages pass a roff linter: mandoc -T lint, else groff -ww -z.
: "${GILSIM_SRCDIR:?}"
set -- $MANS
if command -v mandoc >/dev/null 2>&1; then
    lint() { mandoc -T lint -W warning "$1"; }
elif command -v groff >/dev/null 2>&1; then
    lint() { groff -man -ww -z "$1" 2>&1 | grep . && return 1; return 0; }
else
    echo "1..0 # SKIP neither mandoc nor groff is installed"
    exit 0
fi
echo "1..$#"
n=0
for f in "$@"; do
    n=$((n + 1))
    out=$(lint "$GILSIM_SRCDIR/$f" 2>&1)
    if [ $? -eq 0 ] && [ -z "$out" ]; then
        echo "ok $n - $f"
    else
        echo "not ok $n - $f"
        printf '%s\n' "$out" | sed 's/^/# /'
    fi
done
