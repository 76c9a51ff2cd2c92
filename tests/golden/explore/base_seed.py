# The report depends only on the program, its options and the base seed
# (--seed): schedule i runs seed 7+i. The effort line (wall time) goes to
# stderr, outside the report.
# args: --explore=60 --seed=7
# python3: skip
# backend: virtual-only
# expect: explore base_seed.py: 2 outcomes in 60 schedules (base seed 7, up to 2 forced switches each)
# expect:   #1     56 runs  93.3%  exit 0   --schedule=7
# expect:   #2      4 runs   6.7%  exit 0   --schedule=39:263445,368297
# expect:        line 1: 'x = 10000' where #1 has 'x = 20000'
# expect: ran all 60 schedules; the last new outcome: schedule 32
import _counter

_counter.run()
