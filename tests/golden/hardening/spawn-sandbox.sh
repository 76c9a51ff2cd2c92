#!/bin/sh
# The sandbox against multiprocessing's spawn: a program that points its
# __file__ at another file (/etc/passwd, /proc/self/environ, /dev/zero)
# before starting a spawned child must not make gilsim read that file. In a
# program the child re-runs the program's own text (the spawn_*.py goldens
# check its stdout; here: nothing of the other file on stdout or stderr);
# in a lesson under --check and in the REPL, where there is no script, the
# child starts from the cells' __main__ as before.
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
here=$GILSIM_SRCDIR/tests/golden/hardening
tmp=${TMPDIR:-/tmp}/gilsim-spawn-sandbox.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' 0
echo "1..9"
n=0

# A marker in the environment, and /etc/passwd's first line: neither may
# show anywhere in the output.
GILSIM_SANDBOX_MARKER=sandbox-marker-$$
export GILSIM_SANDBOX_MARKER
passwd_line=$(head -n 1 /etc/passwd 2>/dev/null)

# describe, then the output file and the expected exit status
clean() {
    n=$((n + 1))
    why=
    test "$(cat "$tmp/rc")" = "$2" || why="exit status $(cat "$tmp/rc"), expected $2"
    if grep -q "$GILSIM_SANDBOX_MARKER" "$tmp/out"; then why="$why; the environment leaked"; fi
    if test -n "$passwd_line" && grep -qF "$passwd_line" "$tmp/out"; then why="$why; /etc/passwd leaked"; fi
    if grep -q 'SyntaxError\|Traceback' "$tmp/out"; then why="$why; an error in the child"; fi
    if test -z "$why"; then
        echo "ok $n - $1"
    else
        echo "not ok $n - $1:$why"
        tr -cd '[:print:]\n\t' <"$tmp/out" | sed 's/^/#   /' | head -n 20
    fi
}

run() {   # then gilsim's arguments; output in $tmp/out, status in $tmp/rc
    timeout 30 "$GILSIM" --headless "$@" >"$tmp/out" 2>&1
    echo $? >"$tmp/rc"
}

for f in passwd environ devzero; do
    (cd "$here" && run "spawn_$f.py")
    clean "program, __file__ = $f: the child re-runs the program, nothing of the file shows" 0
done

for path in /etc/passwd /proc/self/environ /dev/zero; do
    cat >"$tmp/spawn.lesson" <<LESSON
---
title: Spawn with another __file__
---

\`\`\`python
import multiprocessing as mp

def work(x):
    print('work', x * 2)
\`\`\`

\`\`\`python
__file__ = '$path'
mp.set_start_method('spawn')
p = mp.Process(target=work, args=(21,))
p.start()
p.join()
print('exit', p.exitcode)
\`\`\`
\`\`\`expect
work 42
exit 0
\`\`\`
LESSON
    run --check "$tmp/spawn.lesson"
    clean "lesson under --check, __file__ = $path: the child starts from the cells" 0
done

cat >"$tmp/repl" <<'REPL'
import multiprocessing as mp
def work(x):
    print('work', x * 2)

__file__ = '/etc/passwd'
mp.set_start_method('spawn')
p = mp.Process(target=work, args=(21,))
p.start(); p.join()
print('exit', p.exitcode)
REPL
run --script="$tmp/repl"
clean "REPL, __file__ = /etc/passwd: the child starts from the session" 0
n=$((n + 1))
if grep -q 'work 42$' "$tmp/out" && grep -q 'exit 0$' "$tmp/out"; then
    echo "ok $n - REPL: the spawned child ran its target"
else
    echo "not ok $n - REPL: the spawned child ran its target"
    tr -cd '[:print:]\n\t' <"$tmp/out" | sed 's/^/#   /' | head -n 20
fi

# The program file itself: an endless one is refused at the memory limit
# rather than read until memory runs out.
run --max-memory=1M /dev/zero
n=$((n + 1))
if test "$(cat "$tmp/rc")" = 2 && grep -q "can't read file '/dev/zero': larger than the memory limit" "$tmp/out"; then
    echo "ok $n - an endless program file is refused at --max-memory"
else
    echo "not ok $n - an endless program file is refused at --max-memory"
    tr -cd '[:print:]\n\t' <"$tmp/out" | sed 's/^/#   /' | head -n 20
fi
