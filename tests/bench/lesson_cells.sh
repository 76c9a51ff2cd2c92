#!/bin/sh
# lesson_cells.sh LESSON K — cell K (from 1) of LESSON as a program: the
# functions the earlier cells define (their top-level statements left out),
# then the cell itself, after `import threading` and a `lock`. For
# tests/bench/explore.sh and tests/explore.sh.
set -u
printf 'import threading\nlock = threading.Lock()\n\n'
awk -v want="$2" '
/^```python/ { incell = 1; cell++; next }
/^```/ && incell { incell = 0; indef = 0; next }
incell && cell < want {
    if ($0 ~ /^def /) indef = 1
    else if ($0 !~ /^[ \t]/ && $0 != "") indef = 0
    if (indef) print
    next
}
incell && cell == want { print }
' "$1"
