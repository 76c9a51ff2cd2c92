#!/bin/sh
# deep-source.sh — TAP: source too deep or too long for a naive front end.
# Each program is generated here (gilsim has no compile() or exec(), and a
# 10 MB line does not belong in the tree), run by gilsim, and checked: its
# exit status, stdout and the last line of stderr (an uncaught compile-time
# error prints that one line, as CPython's does). When PYTHON3 (default
# python3) is CPython 3.11, it runs the same program and its stdout and last
# stderr line must be the same — except where a case says why not. CPython
# exits 1 on a program that does not compile, gilsim 2: status is not
# compared. Every run is killed after GOLDEN_TIMEOUT (20) seconds, the only
# check on speed (the constant table used to be quadratic: 100,000
# constants took minutes).
# Environment: GILSIM (default ./gilsim), PYTHON3, AWK, GOLDEN_TIMEOUT.
set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${AWK:=awk}"
: "${GOLDEN_TIMEOUT:=20}"
case $GILSIM in
/*) ;;
*) GILSIM=$(pwd)/$GILSIM ;;
esac
if test ! -x "$GILSIM"; then
    echo "Bail out! gilsim binary not found: $GILSIM (build it first)"
    exit 0
fi
guard=
command -v timeout > /dev/null 2>&1 && guard="timeout -s KILL $GOLDEN_TIMEOUT"
python=
p=${PYTHON3:-python3}
if command -v "$p" > /dev/null 2>&1 &&
   "$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2> /dev/null; then
    python=$(command -v "$p")
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/deep-source.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# The programs. chain NAME SETUP HEAD PIECE N MIDDLE CLOSE TAIL writes
# NAME.py: the SETUP lines, then one line of HEAD, PIECE N times (%d in it
# is the count, from 1), MIDDLE and CLOSE N times, then the TAIL lines.
chain() {
    "$AWK" -v setup="$2" -v head="$3" -v piece="$4" -v n="$5" -v middle="$6" -v closer="$7" \
        -v tail="$8" 'BEGIN {
            if (setup != "") print setup
            printf "%s", head
            for (i = 1; i <= n; i++) printf piece, i
            printf "%s", middle
            for (i = 1; i <= n; i++) printf "%s", closer
            print ""
            if (tail != "") print tail
        }' > "$tmp/$1.py"
}
RE='RecursionError: maximum recursion depth exceeded during compilation'

# Left-associative chains: a tree as deep as the chain is long. CPython's
# compiler stops at 3 x the recursion limit, and so does gilsim's.
chain add_100k '' 'x = 1' '+1' 100000 '' '' 'print(x)'
chain attr_100k 'a = 1' 'x = a' '.b' 100000 '' '' ''
chain call_100k 'f = print' 'x = f' '(1)' 100000 '' '' ''
chain sub_100k 'a = [0]' 'x = a' '[0]' 100000 '' '' ''
chain neg_4000 '' 'x = ' '-' 4000 '1' '' ''
chain not_in_if_4000 '' 'if ' 'not ' 4000 '0: print(1)' '' ''
# Under the limits they compile and run.
chain add_2000 '' 'x = 1' '+1' 1999 '' '' 'print(x)'
chain attr_2000 'class A: pass\na = A()\na.b = a' 'x = a' '.b' 2000 '' '' 'print(x is a)'
chain call_2000 'def f(v): return f' 'x = f' '(1)' 2000 '' '' 'print(x is f)'
chain sub_2000 'a = [0]\na[0] = a' 'x = a' '[0]' 2000 '' '' 'print(x is a)'
chain neg_2000 '' 'x = ' '-' 2000 '1' '' 'print(x)'
# Past CPython's 6000 parser levels: a bare MemoryError, as CPython 3.11's
# parser gives (3.12 added a message).
chain neg_100k '' 'x = ' '-' 100000 '1' '' ''
chain not_100k '' 'x = ' 'not ' 100000 '1' '' ''
chain pow_100k '' 'x = 1' '**1' 100000 '' '' ''
chain lambda_100k '' 'x = ' 'lambda: ' 100000 '1' '' ''
chain ifexp_100k '' 'x = ' '1 if 1 else ' 100000 '1' '' ''
chain fstring_neg_100k '' "x = f'{" '-' 100000 "1}'" '' ''
# Brackets: the tokenizer's 200.
chain paren_100k '' 'x = ' '(' 100000 '1' ')' ''
chain paren_200 '' 'x = ' '(' 200 '1' ')' 'print(x)'
# Flat: however long, no recursion at all.
chain and_100k 'a = 1' 'x = a' ' and a' 100000 '' '' 'print(x)'
chain compare_100k '' 'x = 0' ' < %d' 100000 '' '' 'print(x)'
chain strings_100k '' 'x = ""' ' "a"' 100000 '' '' 'print(len(x))'
chain tuple_100k '' 'x = 0' ', %d' 99999 '' '' 'print(len(x), x[-1])'
# A 10 MB line: parsed as a loop, refused by the compiler quickly. (Not
# compared: CPython needs 2.4 GB for it.)
chain line_10mb '' 'x = 1' '+1' 5000000 '' '' ''
# With the recursion limit out of reach the C stack guard stops the
# compiler (no such option in CPython).
chain add_1m '' 'x = 1' '+1' 1000000 '' '' ''
# 100,000 distinct constants in one code object and 60,000 in a function's:
# the constant table is a hash table keyed on value and type (1, 1.0 and
# True, 0.0 and -0.0 stay apart; equal constants are one object).
"$AWK" 'BEGIN {
    printf "x = ["
    for (i = 0; i < 100000; i++) {
        if (i % 4 == 0) printf "%d, ", i
        else if (i % 4 == 1) printf "%d.5, ", i
        else if (i % 4 == 2) printf "\"s%d\", ", i
        else printf "%d000000000000000000000, ", i
    }
    print "]"
    print "def f():"
    printf "    return ["
    for (i = 0; i < 30000; i++) printf "%d, %d.0, ", i, i
    print "]"
    print "y = f()"
    print "a = 2.5; b = 2.5; c = 1; d = 1.0; e = True; z = 0.0; m = -0.0"
    print "print(len(x), len(set(x)), x[:4], x[-1], len(y), [type(v).__name__ for v in y[2:4]],"
    print "      a is b, c is d, d is e, z is m, [c, d, e, z, m])"
}' > "$tmp/consts_100k.py"

# name|options|status|stdout|last stderr line|compare with CPython (yes/no: why)
cases="add_100k||2||$RE|yes
attr_100k||2||$RE|yes
call_100k||2||$RE|yes
sub_100k||2||$RE|yes
neg_4000||2||$RE|yes
not_in_if_4000||2||$RE|yes
add_2000||0|2000||yes
attr_2000||0|True||yes
call_2000||0|True||yes
sub_2000||0|True||yes
neg_2000||0|1||yes
neg_100k||2||MemoryError|yes
not_100k||2||MemoryError|yes
pow_100k||2||MemoryError|yes
lambda_100k||2||MemoryError|yes
ifexp_100k||2||MemoryError|yes
fstring_neg_100k||2||MemoryError|yes
paren_100k||2||SyntaxError: too many nested parentheses|yes
paren_200||0|1||yes
and_100k||0|1||yes
compare_100k||0|True||yes
strings_100k||0|100000||yes
tuple_100k||0|100000 99999||yes
consts_100k||0|100000 100000 [0, 1.5, 's2', 3000000000000000000000] 99999000000000000000000000 60000 ['int', 'float'] True False False False [1, 1.0, True, 0.0, -0.0]||yes
line_10mb||2||$RE|no: CPython needs 2.4 GB
add_1m|--recursion-limit=1000000000|2||$RE|no: no such option"

n=$(echo "$cases" | wc -l | tr -d ' ')
echo "1..$((n * 4))"
t=0
ok() {
    t=$((t + 1))
    if test "$1" = yes; then echo "ok $t - $2"; else echo "not ok $t - $2"; fi
}
skip() { t=$((t + 1)); echo "ok $t - $1 # SKIP $2"; }

echo "$cases" | {
while IFS='|' read -r name opts status out err cmp; do
    # shellcheck disable=SC2086
    (cd "$tmp" && $guard "$GILSIM" --headless $opts "$name.py") > "$tmp/out" 2> "$tmp/err" < /dev/null
    got=$?
    last=$(tail -n 1 "$tmp/err")
    if test "$got" = "$status"; then ok yes "$name: exit status $status"
    else ok no "$name: exit status $got, expected $status"; fi
    if test "$(cat "$tmp/out")" = "$out"; then ok yes "$name: stdout"
    else ok no "$name: stdout"; head -c 300 "$tmp/out" | sed 's/^/# got: /'; echo; fi
    if test "$last" = "$err"; then ok yes "$name: stderr ends '$err'"
    else ok no "$name: stderr ends '$err'"; tail -n 3 "$tmp/err" | cut -c 1-200 | sed 's/^/# got: /'; fi
    case $cmp in
    yes)
        if test -z "$python"; then
            skip "$name: same as CPython" "no CPython 3.11 (PYTHON3)"
            continue
        fi
        (cd "$tmp" && $guard "$python" "$name.py") > "$tmp/pout" 2> "$tmp/perr" < /dev/null
        if cmp -s "$tmp/out" "$tmp/pout" && test "$(tail -n 1 "$tmp/perr")" = "$last"; then
            ok yes "$name: same as CPython"
        else
            ok no "$name: same as CPython"
            tail -n 1 "$tmp/perr" | cut -c 1-200 | sed 's/^/# CPython: /'
        fi ;;
    *) skip "$name: same as CPython" "${cmp#no: }" ;;
    esac
done
}
