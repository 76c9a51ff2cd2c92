#!/bin/sh
# run.sh [FILE.py...] — time gilsim against CPython on CPU-bound programs.
#
# Runs each program (default: tests/bench/*.py) 3 times under
# `gilsim --headless` and 3 times under python3, keeps the fastest wall
# time of each, and prints a table with the ratio gilsim/python3 and the
# geometric mean of the ratios. Not part of `make check`: `make bench`.
# Environment: GILSIM (default ./gilsim), PYTHON3 (default python3),
# BENCH_RUNS (default 3).
set -u
LC_ALL=C
export LC_ALL
: "${GILSIM:=./gilsim}"
: "${BENCH_RUNS:=3}"
python=${PYTHON3:-python3}
here=$(dirname "$0")

if test $# -eq 0; then
    set -- "$here"/*.py
fi
if test ! -x "$GILSIM"; then
    echo "run.sh: gilsim binary not found: $GILSIM (build it, or set GILSIM)" >&2
    exit 2
fi
have_python=yes
command -v "$python" >/dev/null 2>&1 || have_python=no

now() { date +%s.%N; }

# best_time CMD...: the fastest of BENCH_RUNS wall times, or "fail".
best_time() {
    best=
    k=0
    while test "$k" -lt "$BENCH_RUNS"; do
        k=$((k + 1))
        start=$(now)
        if ! "$@" > /dev/null 2>&1 < /dev/null; then
            echo fail
            return
        fi
        end=$(now)
        best=$(echo "$start $end ${best:-x}" |
            awk '{ t = $2 - $1; if ($3 != "x" && $3 < t) t = $3; printf "%.3f", t }')
    done
    echo "$best"
}

printf '%-22s %10s %10s %8s\n' program "gilsim s" "python3 s" ratio
results=
for file; do
    name=$(basename "$file" .py)
    g=$(best_time "$GILSIM" --headless "$file")
    if test "$have_python" = yes; then
        p=$(best_time "$python" "$file")
    else
        p=-
    fi
    ratio=$(echo "$g $p" | awk '$1 ~ /^[0-9.]+$/ && $2 ~ /^[0-9.]+$/ && $2 > 0 {
        printf "%.2f", $1 / $2; exit } { print "-" }')
    printf '%-22s %10s %10s %8s\n' "$name" "$g" "$p" "$ratio"
    results="$results $ratio"
done
echo "$results" | awk '{
    n = 0; s = 0
    for (i = 1; i <= NF; i++) if ($i != "-" && $i > 0) { s += log($i); n++ }
    if (n) printf "%-22s %10s %10s %8.2f\n", "geometric mean", "", "", exp(s / n)
    else print "geometric mean: no ratios (missing python3 or failed runs)"
}'
