#!/bin/sh
# determinism.sh — TAP: on the virtual backend, the same file with the same
# options gives byte-identical output, timeline, stats and trace on every
# run. Runs a few threaded programs 3 times each and compares, under every
# CPython version profile (--python).
# Environment: GILSIM (default ./gilsim), GILSIM_SRCDIR (the source tree).
set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
top=${GILSIM_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
case $GILSIM in
/*) ;;
*) GILSIM=$(pwd)/$GILSIM ;;
esac
if test ! -x "$GILSIM"; then
    echo "Bail out! gilsim binary not found: $GILSIM (build it first)"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/determinism.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# program|options (no blanks inside an option)
cases='tests/golden/fidelity/alternation.py|--width=100 --ascii
tests/golden/fidelity/sleep0.py|--width=80
tests/golden/threads/queue_threads.py|--width=120 --seed=7
tests/golden/threads/condition.py|--width=90 --switch-interval=1ms
tests/golden/fidelity/race_cpython.py|--width=100 --switch-points=every
tests/golden/fidelity/race_gil_off.py|--width=100 --gil=off --cores=2
tests/golden/seeds/001_cpu_bound_sum.py|--width=100
tests/golden/threads/queue_threads.py|--width=100 --seed=3 --python=3.9
tests/golden/threads/queue_threads.py|--width=100 --seed=3 --python=3.10
tests/golden/threads/queue_threads.py|--width=100 --seed=3 --python=3.11
tests/golden/threads/queue_threads.py|--width=100 --seed=3 --python=3.12
tests/golden/threads/queue_threads.py|--width=100 --seed=3 --python=3.13
tests/golden/profiles/lost_313t.py|--width=100 --seed=3 --python=3.13t --switch-interval=1ms'

echo "1..$(echo "$cases" | wc -l | tr -d ' ')"
i=0
echo "$cases" | while IFS='|' read -r rel opts; do
    i=$((i + 1))
    dir=$top/$(dirname "$rel")
    base=$(basename "$rel")
    ok=yes
    for run in 1 2 3; do
        # shellcheck disable=SC2086
        (cd "$dir" && "$GILSIM" --headless --timeline --stats --trace="$tmp/trace$run.json" $opts "$base") \
            > "$tmp/out$run" 2> "$tmp/err$run" < /dev/null
        echo "$?" > "$tmp/status$run"
        if test "$run" -gt 1; then
            for f in out err status trace; do
                ext=; test "$f" = trace && ext=.json
                if ! cmp -s "$tmp/${f}1$ext" "$tmp/$f$run$ext"; then
                    ok=no
                    echo "# run $run: $f differs from run 1"
                fi
            done
        fi
    done
    if test "$ok" = yes && test -s "$tmp/out1"; then
        echo "ok $i - $rel $opts: 3 identical runs"
    else
        echo "not ok $i - $rel $opts"
        diff "$tmp/out1" "$tmp/out2" | head -20 | sed 's/^/#   /'
    fi
done
