#!/bin/sh
# columns.sh — the timeline's column rule (docs/timeline.md) on the lessons
# that point at it, headless, at three widths: no column has two lanes
# running all of it (gil, scheduling: one GIL), every cell with forced
# switches (x) shows drop requests (v) too, and convoy's 1 ms reads stay
# visible (at least 12 of the io lane's 20 blocks show as their own '.'
# group beside the computing thread; consecutive reads merge).
: "${GILSIM:?}" "${GILSIM_SRCDIR:?}"
LC_ALL=C
export LC_ALL
echo "1..9"
i=0
ok() { i=$((i + 1)); echo "ok $i - $1"; }
notok() { i=$((i + 1)); echo "not ok $i - $1"; }

# Per cell of an ASCII --timeline: "runs=N requests=N forced=N" where runs
# counts columns with '#' in two thread lanes.
survey() {
    awk '
    function flush() {
        if (in_tl) printf "runs=%d requests=%d forced=%d\n", runs, req, forced
        in_tl = 0; n = 0; runs = 0; req = 0; forced = 0
    }
    /^\[cell / { flush(); next }
    /^marks / { in_tl = 1; req += gsub(/v/, "v"); next }
    /^GIL / { in_tl = 1; start = match($0, /GIL +/) + RLENGTH; forced += gsub(/x/, "x"); next }
    /^# run / { for (c = start; c <= 400; c++) {
                    k = 0
                    for (r = 1; r <= n; r++) if (substr(lane[r], c, 1) == "#") k++
                    if (k > 1) runs++
                }
                n = 0; next }
    in_tl && /^[0-9A-Za-z] / { lane[++n] = $0 }
    END { flush() }'
}

for w in 60 100 200; do
    for l in gil scheduling; do
        out=$("$GILSIM" --headless --timeline --ascii --width=$w "$GILSIM_SRCDIR/lessons/$l.lesson" 2>&1 | survey)
        if echo "$out" | grep -qv '^runs=0 ' || echo "$out" | grep -q 'requests=0 forced=[1-9]'; then
            notok "$l at width $w: $(echo $out)"; continue 2
        fi
    done
    ok "gil, scheduling at width $w: one runner per column, requests beside forced switches"
done

for w in 67 80 100; do
    reads=$("$GILSIM" --headless --timeline --ascii --width=$w "$GILSIM_SRCDIR/lessons/convoy.lesson" 2>&1 |
        awk '/^\[cell 2\]/ { c = 1 } /^\[cell 3\]/ { c = 0 } c && /^2 io / { print gsub(/\.+/, "") }')
    if [ "${reads:-0}" -ge 12 ]; then ok "convoy at width $w: $reads reads visible"
    else notok "convoy at width $w: only ${reads:-0} reads visible"; fi
done

# The REPL's :timeline after a longer session: the same rule.
for w in 60 100 200; do
    out=$(printf '%s\n' 'import threading' 'def spin(n):' '    while n > 0:' '        n -= 1' '' \
        "ts = [threading.Thread(target=spin, args=(200000,)) for _ in range(3)]" \
        'for t in ts: t.start()' '' 'for t in ts: t.join()' '' ':timeline' |
        "$GILSIM" --headless --ascii --width=$w 2>/dev/null | sed 's/^>>> //; s/^\.\.\. //' |
        awk '/^marks / { print "[cell 1]" } { print }' | survey)
    case $out in
    "runs=0 requests="[1-9]*) ok "REPL :timeline at width $w: $out" ;;
    *) notok "REPL :timeline at width $w: $out" ;;
    esac
done
