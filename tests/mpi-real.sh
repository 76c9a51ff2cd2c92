#!/bin/sh
# mpi-real.sh — TAP: the mpi4py goldens marked `# mpiexec: N` run under a real
# mpiexec with a real mpi4py, whose stdout must equal the `# expect:` lines
# gilsim is held to (tests/golden.sh). Skipped (exit 77) without mpiexec or
# without an mpi4py for MPI_PYTHON (default /usr/bin/python3; Debian:
# apt-get install python3-mpi4py openmpi-bin). GOLDEN_TIMEOUT: seconds per run.
set -u
LC_ALL=C.UTF-8
export LC_ALL
: "${GOLDEN_TIMEOUT:=60}"
top=${GILSIM_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
python=${MPI_PYTHON:-/usr/bin/python3}
if ! command -v mpiexec >/dev/null 2>&1; then
    echo "1..0 # SKIP no mpiexec"
    exit 77
fi
if ! "$python" -c 'import mpi4py.MPI' >/dev/null 2>&1; then
    echo "1..0 # SKIP no mpi4py for $python"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=$(grep -l '^# mpiexec: [0-9]' "$top"/tests/golden/mpi/*.py | LC_ALL=C sort)
n=$(echo "$files" | wc -l)
echo "1..$n"
i=0
for f in $files; do
    i=$((i + 1))
    ranks=$(sed -n 's/^# mpiexec: \([0-9]*\).*/\1/p' "$f")
    sed -n 's/^[[:space:]]*# expect: \{0,1\}//p' "$f" > "$tmp/expected"
    (cd "$(dirname "$f")" && timeout -s KILL "$GOLDEN_TIMEOUT" \
        mpiexec --allow-run-as-root --oversubscribe -n "$ranks" "$python" "$(basename "$f")") \
        > "$tmp/actual" 2> "$tmp/err" < /dev/null
    rel=${f#"$top"/}
    if cmp -s "$tmp/expected" "$tmp/actual"; then
        echo "ok $i - $rel: mpiexec -n $ranks prints the expected lines"
    else
        echo "not ok $i - $rel: a real mpiexec -n $ranks prints otherwise"
        diff -u "$tmp/expected" "$tmp/actual" | sed 's/^/# /' | head -40
        sed 's/^/# stderr: /' "$tmp/err" | head -10
    fi
done
