#!/bin/sh
# The seed tutorials (../shared/seeds, beside the source tree) open as
# lessons whatever their extension, and every Python cell of the MyST ones
# runs without an interpreter error: exit status 0 or 1 (a Python exception
# such as the NameError of IPython's Image), a header per cell, no crash.
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
seeds=$GILSIM_SRCDIR/../shared/seeds
if ! ls "$seeds"/*.txt >/dev/null 2>&1; then
    echo "1..0 # SKIP no seed tutorials in $seeds"
    exit 0
fi
files=
for f in "$seeds"/*.txt; do
    grep -q '^```{code-cell}' "$f" && files="$files $f"
done
set -- $files
echo "1..$#"
n=0
for f in "$@"; do
    n=$((n + 1))
    cells=$(grep -c '^```{code-cell}' "$f")
    out=$("$GILSIM" --headless --timeout=60s "$f" 2>&1)
    rc=$?
    headers=$(printf '%s\n' "$out" | grep -c '^\[cell [0-9]*\] ')
    bad=$(printf '%s\n' "$out" | grep -c 'SystemError\|internal error\|Segmentation\|Aborted\|not implemented yet')
    if [ "$rc" -le 1 ] && [ "$headers" -eq "$cells" ] && [ "$bad" -eq 0 ]; then
        echo "ok $n - $(basename "$f"): $cells cells"
    else
        echo "not ok $n - $(basename "$f"): exit $rc, $headers of $cells cells ran"
        printf '%s\n' "$out" | tail -20 | sed 's/^/# /'
    fi
done
