#!/bin/sh
# memory.sh — --max-memory bounds what a program can grow (TAP).
#
# Each runaway program below runs with --max-memory=64M under
# /usr/bin/time -f %M. It must stop with an uncaught MemoryError (exit
# status 1, the traceback's last line "MemoryError"; big str(int): CPython
# 3.11's ValueError for more than 4300 digits) and its peak RSS must stay
# within 10 % of the cap plus a fixed overhead: the peak RSS of an empty
# program (measured first, reported as a diagnostic).
#
# The RSS checks are skipped without /usr/bin/time and in sanitizer builds
# (their shadow memory and quarantine are not the program's). Outside those
# builds an address-space limit guards the machine should the accounting
# ever regress; `timeout` bounds each run.
#
# Environment: GILSIM (set by make check).

set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/memory.XXXXXX") || { echo "Bail out! mktemp"; exit 0; }
trap 'rm -rf "$tmp"' EXIT INT TERM

CAP_KB=65536          # --max-memory=64M
TIME=/usr/bin/time
have_time=no
if test -x "$TIME" && "$TIME" -f %M -o "$tmp/probe" true 2> /dev/null; then have_time=yes; fi
sanitized=no
if command -v ldd > /dev/null 2>&1 && ldd "$GILSIM" 2> /dev/null | grep -q 'lib[at]san'; then
    sanitized=yes
fi
if command -v timeout > /dev/null 2>&1; then limit_time="timeout 60"; else limit_time=; fi

# run NAME: runs $tmp/NAME.py; sets status, last (stderr's last line), rss (KB or "").
run() {
    rss=
    (
        if test $sanitized = no; then ulimit -v 3000000 2> /dev/null; fi
        if test $have_time = yes; then
            exec $limit_time "$TIME" -f %M -o "$tmp/$1.rss" "$GILSIM" --headless --max-memory=64M "$tmp/$1.py"
        else
            exec $limit_time "$GILSIM" --headless --max-memory=64M "$tmp/$1.py"
        fi
    ) > "$tmp/$1.out" 2> "$tmp/$1.err"
    status=$?
    last=$(tail -n 1 "$tmp/$1.err")
    if test $have_time = yes && test -s "$tmp/$1.rss"; then rss=$(tail -n 1 "$tmp/$1.rss"); fi
}

n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $*"; }
skip() { n=$((n + 1)); echo "ok $n # SKIP $*"; }

# check NAME EXPECTED_LAST_LINE_PREFIX: two tests, the error and the RSS.
check() {
    run "$1"
    case "$last" in
    "$2"*)
        if test $status -eq 1; then ok "$1: $2 (exit 1)"
        else not_ok "$1: exit status $status"; fi ;;
    *)
        not_ok "$1: exit $status, last stderr line: $last"
        sed 's/^/#   /' "$tmp/$1.err" | tail -n 5 ;;
    esac
    if test $have_time = no; then skip "$1: no $TIME"
    elif test $sanitized = yes; then skip "$1: sanitizer build"
    elif test -z "$rss"; then not_ok "$1: no peak RSS measured"
    elif test "$rss" -le "$limit_kb"; then ok "$1: peak RSS $rss KB <= $limit_kb KB"
    else not_ok "$1: peak RSS $rss KB > $limit_kb KB"; fi
}

prog() { cat > "$tmp/$1.py"; names="$names $1"; }
names=

prog recursion <<'PY'
import sys
sys.setrecursionlimit(10**9)
def f(n):
    return f(n + 1)
f(0)
PY
prog square <<'PY'
x = 3
while True:
    x = x * x
PY
prog power <<'PY'
x = 7 ** (10**9)
PY
prog lshift <<'PY'
x = 1 << 10**10
PY
prog factorial <<'PY'
import math
x = math.factorial(10**7)
PY
prog zip <<'PY'
x = list(zip(range(10**7)))
PY
prog fromkeys <<'PY'
x = dict.fromkeys(range(10**7))
PY
prog set <<'PY'
x = set(range(10**7))
PY
prog sorted <<'PY'
x = sorted(range(10**7))
PY
prog list_repeat <<'PY'
x = [0] * 10**9
PY
prog str_repeat <<'PY'
x = 'a' * 10**10
PY
prog append <<'PY'
x = []
while True:
    x.append(len(x))
PY
prog concat <<'PY'
chunk = 'x' * 10**6
s = ''
while True:
    s = s + chunk
PY
prog doubling <<'PY'
s = 'ab'
while True:
    s += s
PY
prog tuples <<'PY'
head = None
while True:
    head = (head, 1)
PY
prog instances <<'PY'
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
head = None
while True:
    head = Node(head)
PY
prog comprehension <<'PY'
x = [str(i) for i in range(10**8)]
PY
prog bin_int <<'PY'
x = 1 << (400 * 10**6)
s = bin(x)
PY
prog hex_format <<'PY'
x = 1 << (400 * 10**6)
s = f'{x:x}'
PY
prog replace <<'PY'
s = 'ab' * (4 * 10**6)
t = s.replace('a', 'xxxxxxxx')
PY

nprogs=$(echo $names | wc -w)
echo "1..$((2 * nprogs + 3 + 6))"

# The fixed overhead: an empty program's peak RSS.
echo 'pass' > "$tmp/empty.py"
run empty
if test $status -eq 0; then ok "an empty program runs under --max-memory=64M"
else not_ok "empty program: exit status $status"; fi
base_kb=${rss:-0}
limit_kb=$((CAP_KB + CAP_KB / 10 + base_kb))
echo "# empty program: peak RSS ${base_kb} KB; limit: 64 MiB + 10 % + that = ${limit_kb} KB"

for name in $names; do check "$name" MemoryError; done

# str() of a big int: CPython 3.11's digit limit, at no memory cost.
prog str_int <<'PY'
s = str(10 ** 5000000)
PY
run str_int
case "$last" in
"ValueError: Exceeds the limit (4300 digits)"*) ok "str_int: ValueError (the 4300-digit limit)" ;;
*) not_ok "str_int: exit $status, last stderr line: $last" ;;
esac
if test $have_time = no; then skip "str_int: no $TIME"
elif test $sanitized = yes; then skip "str_int: sanitizer build"
elif test -n "$rss" && test "$rss" -le "$limit_kb"; then ok "str_int: peak RSS $rss KB <= $limit_kb KB"
else not_ok "str_int: peak RSS ${rss:-?} KB > $limit_kb KB"; fi

# Endless inputs: a program and a REPL script that never end (/dev/zero)
# stop with an error (exit 2) within the cap, not by exhausting memory; a
# lesson file (always a regular file) is refused past 16 MiB.
truncate -s 20M "$tmp/huge.lesson" 2> /dev/null || dd if=/dev/zero of="$tmp/huge.lesson" bs=1M count=20 2> /dev/null
endless() {   # LABEL EXPECTED_STDERR_TEXT GILSIM_ARGS...
    label=$1 want=$2
    shift 2
    (
        if test $sanitized = no; then ulimit -v 3000000 2> /dev/null; fi
        if test $have_time = yes; then
            exec $limit_time "$TIME" -f %M -o "$tmp/endless.rss" "$GILSIM" --headless --max-memory=64M "$@"
        else
            exec $limit_time "$GILSIM" --headless --max-memory=64M "$@"
        fi
    ) > /dev/null 2> "$tmp/endless.err" < /dev/null
    status=$?
    rss=
    if test $have_time = yes && test -s "$tmp/endless.rss"; then rss=$(tail -n 1 "$tmp/endless.rss"); fi
    if test $status -eq 2 && grep -q "$want" "$tmp/endless.err"; then ok "$label: exit 2, '$want'"
    else not_ok "$label: exit $status, stderr: $(grep -v '^Command' "$tmp/endless.err" | tail -n 1)"; fi
    if test $have_time = no; then skip "$label: no $TIME"
    elif test $sanitized = yes; then skip "$label: sanitizer build"
    elif test -n "$rss" && test "$rss" -le "$limit_kb"; then ok "$label: peak RSS $rss KB <= $limit_kb KB"
    else not_ok "$label: peak RSS ${rss:-?} KB > $limit_kb KB"; fi
}
endless program "larger than the memory limit" /dev/zero
endless script "input line longer than the memory limit" --script=/dev/zero
endless lesson "not a lesson" "$tmp/huge.lesson"
exit 0
