#!/bin/sh
# run.sh [FILE.py...] — time gilsim against CPython on CPU-bound programs.
#
# Runs each program (default: tests/bench/*.py) 3 times under
# `gilsim --headless` and 3 times under python3, keeps the fastest wall
# time and the largest peak RSS (/usr/bin/time -f %M) of each, and prints
# a table with the ratios gilsim/python3 and their geometric means. Not
# part of `make check`: `make bench` (the classics of tests/bench/classic/
# get a table of their own).
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
TIME=/usr/bin/time
have_time=no
if test -x "$TIME" && "$TIME" -f %M -o /dev/null true 2> /dev/null; then have_time=yes; fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
rss_file=$tmp/rss

# best OUT CMD...: "TIME RSS": the fastest of BENCH_RUNS wall times and the
# largest peak RSS (KB, "-" without /usr/bin/time), or "fail"; the stdout
# of the runs goes to OUT.
best() {
    out=$1
    shift
    best=
    rss=0
    k=0
    while test "$k" -lt "$BENCH_RUNS"; do
        k=$((k + 1))
        start=$(now)
        if test $have_time = yes; then
            "$TIME" -f %M -o "$rss_file" "$@" > "$out" 2> /dev/null < /dev/null
        else
            "$@" > "$out" 2> /dev/null < /dev/null
        fi
        if test $? -ne 0; then
            echo fail fail
            return
        fi
        end=$(now)
        best=$(echo "$start $end ${best:-x}" |
            awk '{ t = $2 - $1; if ($3 != "x" && $3 < t) t = $3; printf "%.3f", t }')
        if test $have_time = yes; then
            r=$(tail -n 1 "$rss_file")
            if test "$r" -gt "$rss"; then rss=$r; fi
        fi
    done
    if test $have_time = yes; then echo "$best $rss"; else echo "$best -"; fi
}

ratio() { echo "$1 $2" | awk '$1 ~ /^[0-9.]+$/ && $2 ~ /^[0-9.]+$/ && $2 > 0 {
    printf "%.2f", $1 / $2; exit } { print "-" }'; }
geomean() { echo "$1" | awk '{
    n = 0; s = 0
    for (i = 1; i <= NF; i++) if ($i != "-" && $i > 0) { s += log($i); n++ }
    if (n) printf "%.2f", exp(s / n); else printf "-" }'; }

echo "gilsim vs $python ($($python --version 2>&1)); best of $BENCH_RUNS runs; $(getconf _NPROCESSORS_ONLN) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %9s %9s %7s %10s %10s %7s\n' program "gilsim s" "python s" time "gilsim KB" "python KB" memory
times=
mems=
for file; do
    name=$(basename "$file" .py)
    set -- $(best "$tmp/g.out" "$GILSIM" --headless "$file")
    g=$1 gm=$2
    if test "$have_python" = yes; then
        set -- $(best "$tmp/p.out" "$python" "$file")
        p=$1 pm=$2
        if test "$g" != fail && test "$p" != fail && ! cmp -s "$tmp/g.out" "$tmp/p.out"; then
            g=wrong   # a benchmark that prints something else is no benchmark
        fi
    else
        p=- pm=-
    fi
    tr=$(ratio "$g" "$p")
    mr=$(ratio "$gm" "$pm")
    printf '%-22s %9s %9s %7s %10s %10s %7s\n' "$name" "$g" "$p" "$tr" "$gm" "$pm" "$mr"
    times="$times $tr"
    mems="$mems $mr"
done
printf '%-22s %9s %9s %7s %10s %10s %7s\n' "geometric mean" "" "" "$(geomean "$times")" "" "" "$(geomean "$mems")"
