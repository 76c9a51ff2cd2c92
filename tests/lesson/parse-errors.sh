#!/bin/sh
# Errors in lesson files: each tests/lesson/errors/NAME.lesson must be refused
# with exit status 2 and exactly the message in NAME.err (file:line: message).
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
set -- $LESSON_ERROR_TESTS
echo "1..$#"
n=0
tmp=${TMPDIR:-/tmp}/gilsim-lesson-err.$$
trap 'rm -f "$tmp"' 0
for f in "$@"; do
    n=$((n + 1))
    name=$(basename "$f" .lesson)
    dir=$GILSIM_SRCDIR/$(dirname "$f")
    (cd "$dir" && "$GILSIM" --headless "$name.lesson") >/dev/null 2>"$tmp"
    rc=$?
    if [ "$rc" -eq 2 ] && cmp -s "$tmp" "$dir/$name.err"; then
        echo "ok $n - $name"
    else
        echo "not ok $n - $name (exit $rc)"
        echo "# expected: $(cat "$dir/$name.err")"
        echo "# got:      $(cat "$tmp")"
    fi
done
