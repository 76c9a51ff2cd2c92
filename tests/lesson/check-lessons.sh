#!/bin/sh
# `gilsim --check` on every lesson of the course: every expect block must
# match and every claim of its assert blocks hold (exit status 0).
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
set -- $LESSONS
echo "1..$#"
n=0
for f in "$@"; do
    n=$((n + 1))
    out=$(cd "$GILSIM_SRCDIR" && "$GILSIM" --check "$f" 2>&1)
    rc=$?
    if [ "$rc" -eq 0 ]; then
        echo "ok $n - $f"
    else
        echo "not ok $n - $f (exit $rc)"
        printf '%s\n' "$out" | sed 's/^/# /'
    fi
done
