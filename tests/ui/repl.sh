#!/bin/sh
# Scripted REPL sessions (issue 7): tests/ui/repl/NAME.in is fed to
# `gilsim --headless` on stdin; its stdout must equal NAME.out, and for
# sessions without gilsim commands (no line starting with ':') also what
# `python3 -i` prints (when python3 is there). NAME.status, if present,
# holds the expected exit status (else 0; threads.in ends in sys.exit(3)).
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
dir="$GILSIM_SRCDIR/tests/ui/repl"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
# :lessons looks in ./lessons: run where there is none.
cd "$tmp" || exit 1

ins=$(ls "$dir"/*.in | sort)
n=0
for f in $ins; do n=$((n + 2)); done
echo "1..$n"
i=0
have_py=false
command -v python3 >/dev/null 2>&1 && have_py=true
for f in $ins; do
    name=$(basename "$f" .in)
    want=0
    case $name in threads) want=3 ;; esac
    i=$((i + 1))
    "$GILSIM" --headless --width=100 < "$f" > out.txt 2> err.txt
    rc=$?
    if [ "$rc" = "$want" ] && cmp -s out.txt "$dir/$name.out"; then
        echo "ok $i - repl $name"
    else
        echo "not ok $i - repl $name (exit $rc, want $want)"
        diff "$dir/$name.out" out.txt | sed 's/^/# /' | head -20
        sed 's/^/# stderr: /' err.txt | head -10
    fi
    i=$((i + 1))
    if grep -q '^:' "$f"; then
        echo "ok $i - repl $name vs python3 # SKIP gilsim commands"
    elif ! $have_py; then
        echo "ok $i - repl $name vs python3 # SKIP no python3"
    elif python3 -i < "$f" 2>/dev/null | cmp -s - out.txt; then
        echo "ok $i - repl $name vs python3"
    else
        echo "not ok $i - repl $name vs python3"
        python3 -i < "$f" 2>/dev/null | diff - out.txt | sed 's/^/# /' | head -20
    fi
done
