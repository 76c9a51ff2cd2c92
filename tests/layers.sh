#!/bin/sh
# layers.sh — TAP: the ground floor stays the ground floor (docs/design.md,
# "Layers"): what src/base/, the event log and src/sched/ may include of
# gilsim's own headers.
#   1. src/base/ includes only src/base/ headers (and config.h);
#   2. src/events.* include only src/base/ and events.h;
#   3. src/sched/ includes only src/base/, events.h and src/sched/.
# Environment: GILSIM_SRCDIR (set by Makefile.am).
set -u
LC_ALL=C
export LC_ALL
top=${GILSIM_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
echo "1..3"
n=0
# check DESCRIPTION PATTERN FILE...: the quoted includes of FILEs that do not
# match PATTERN (an extended regular expression over the included name).
check() {
    what=$1 allowed=$2
    shift 2
    n=$((n + 1))
    bad=$(grep -H '^#include "' "$@" | sed 's/#include "\([^"]*\)".*/\1/' |
          awk -F: -v ok="^($allowed)\$" '$2 !~ ok')
    if test -z "$bad"; then
        echo "ok $n - $what"
    else
        echo "not ok $n - $what"
        echo "$bad" | sed 's/^/#   /'
    fi
}
check "src/base/ includes only src/base/" 'config\.h|base/[a-z_]+\.h' "$top"/src/base/*.[ch]
check "the event log includes only src/base/" 'config\.h|events\.h|base/[a-z_]+\.h' "$top"/src/events.[ch]
check "src/sched/ includes only src/base/, events.h and src/sched/" \
    'config\.h|events\.h|base/[a-z_]+\.h|sched/[a-z_]+\.h' "$top"/src/sched/*.[ch]
