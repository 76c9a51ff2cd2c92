#!/bin/sh
# golden.sh FILE.py — run one golden program under gilsim and report TAP.
#
# The program carries its expectations in comments:
#   # expect: TEXT         a line of stdout; the whole stdout must be exactly
#                          these lines, in order (`# expect:` alone: empty
#                          line; no `# expect:` at all: no output)
#   # expect stderr: TEXT  some stderr line must contain TEXT; all of them,
#                          in this order (other stderr lines may come between)
#   # exit: N              expected exit status (default 0)
#   # args: OPTIONS        extra gilsim options (split on blanks, no quoting)
#   # stdin: TEXT          a line of stdin (else stdin is /dev/null)
#   # python3: skip        tests/differential.sh skips this file
#   # python3: needs numpy  differential.sh skips it when python3 has no numpy
#                          (needs numba, needs cupy: the same)
#   # todo: REASON         a known gap: failures are expected (TAP TODO)
#   # backend: virtual-only  output depends on timing: skipped when
#                          GOLDEN_EXTRA_ARGS selects --backend=real
# Each must start its line (leading blanks allowed): a comment after code
# is not an expectation.
#
# The program runs in its own directory as `gilsim --headless [args] NAME.py`,
# so tracebacks name it the same way in every build tree. Exit status >= 128
# (a signal) fails unless it is the expected one; after GOLDEN_TIMEOUT
# seconds (default 20) the program is killed (signal 9).
#
# Environment: GILSIM (default ./gilsim), GOLDEN_TIMEOUT, GOLDEN_EXTRA_ARGS
# (options added before the file's own, e.g. --backend=real).
# Works under dash: POSIX sh, sed, awk, diff, timeout.

set -u
LC_ALL=C
export LC_ALL

file=${1:?usage: golden.sh FILE.py}
: "${GILSIM:=./gilsim}"
: "${GOLDEN_TIMEOUT:=20}"
: "${AWK:=awk}"

case $GILSIM in
/*) ;;
*) GILSIM=$(pwd)/$GILSIM ;;
esac
if test ! -f "$file"; then
    echo "Bail out! no such golden file: $file"
    exit 0
fi
if test ! -x "$GILSIM"; then
    echo "Bail out! gilsim binary not found: $GILSIM (build it first)"
    exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX") || {
    echo "Bail out! mktemp failed"; exit 0; }
trap 'rm -rf "$tmp"' EXIT INT TERM

# --- expectations ----------------------------------------------------------

sed -n 's/^[[:space:]]*# expect: \{0,1\}//p' "$file" > "$tmp/expected.out"
sed -n 's/^[[:space:]]*# expect stderr: \{0,1\}//p' "$file" > "$tmp/expected.err"
sed -n 's/^[[:space:]]*# stdin: \{0,1\}//p' "$file" > "$tmp/stdin"
want_exit=$(sed -n 's/^[[:space:]]*# exit:[[:space:]]*\([0-9][0-9]*\)[[:space:]]*$/\1/p' "$file" | tail -n 1)
: "${want_exit:=0}"
args=$(sed -n 's/^[[:space:]]*# args:[[:space:]]*//p' "$file" | tr '\n' ' ')
extra=${GOLDEN_EXTRA_ARGS:-}
case " $extra " in
*" --backend=real "*)
    if grep -q '^[[:space:]]*# backend:[[:space:]]*virtual-only' "$file"; then
        echo "1..0 # SKIP virtual-only (timing-dependent output)"
        exit 0
    fi ;;
esac
if grep -q '^[[:space:]]*# stdin:' "$file"; then
    stdin=$tmp/stdin
else
    stdin=/dev/null
fi

# --- run -------------------------------------------------------------------

dir=$(dirname "$file")
base=$(basename "$file")
if command -v timeout >/dev/null 2>&1; then
    guard="timeout -s KILL $GOLDEN_TIMEOUT"
else
    guard=
fi
set -f                                  # $args and $guard: split, no globbing
# shellcheck disable=SC2086
(cd "$dir" && exec $guard "$GILSIM" --headless $extra $args "$base") \
    < "$stdin" > "$tmp/actual.out" 2> "$tmp/actual.err"
status=$?
set +f

# --- report ----------------------------------------------------------------

# A program marked `# todo: REASON` shows a known gap: its failures are
# reported as TAP TODO (expected failures), its passes as unexpected passes.
todo=$(sed -n 's/^[[:space:]]*# todo:[[:space:]]*//p' "$file" | head -n 1)

report() {
    n_err=$(wc -l < "$tmp/expected.err" | tr -d ' ')
    echo "1..$((2 + n_err))"

    diag() {                                # FILE: print it as TAP diagnostics
        sed 's/^/#   /' "$1" | head -n 60
    }

    if test "$status" -eq "$want_exit"; then
        echo "ok 1 - exit status $status"
    else
        why=
        if test "$status" -ge 128; then
            sig=$((status - 128))
            why=" (crashed: signal $sig $(kill -l "$sig" 2>/dev/null))"
            if test "$sig" -eq 9; then
                why=" (killed: signal 9, the ${GOLDEN_TIMEOUT}s timeout?)"
            fi
        fi
        echo "not ok 1 - exit status $status, expected $want_exit$why"
        if test -s "$tmp/actual.err"; then
            echo "# stderr:"
            diag "$tmp/actual.err"
        fi
    fi

    if cmp -s "$tmp/expected.out" "$tmp/actual.out"; then
        echo "ok 2 - stdout"
    else
        echo "not ok 2 - stdout differs from the # expect: lines"
        diff -u "$tmp/expected.out" "$tmp/actual.out" > "$tmp/diff"
        sed -e '1s/.*/--- expected/' -e '2s/.*/+++ actual/' \
            "$tmp/diff" > "$tmp/diff2"
        diag "$tmp/diff2"
    fi

    if test "$n_err" -gt 0; then
        # Match expected lines as substrings, in order, against stderr.
        "$AWK" -v n="$n_err" '
            FNR == NR { want[++k] = $0; next }
            j < n && (want[j + 1] == "" || index($0, want[j + 1])) { j++ }
            END {
                for (i = 1; i <= n; i++)
                    printf "%s %d - stderr line %d: %s\n",
                        (i <= j ? "ok" : "not ok"), i + 2, i, want[i]
                exit j < n
            }' "$tmp/expected.err" "$tmp/actual.err" || {
            echo "# stderr was:"
            diag "$tmp/actual.err"
        }
    fi
}

if test -n "$todo"; then
    report | "$AWK" -v t="$todo" '/^(not )?ok / { print $0 " # TODO " t; next } { print }'
else
    report
fi
exit 0
