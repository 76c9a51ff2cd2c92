# The same counter with a lock around the read-modify-write: every
# schedule --explore tries gives one outcome, x = 20000.
# args: --explore=200
# python3: skip
# backend: virtual-only
# expect: explore locked_counter.py: 1 outcome in 101 schedules (base seed 0, up to 2 forced switches each)
# expect:   #1    101 runs 100.0%  exit 0   --schedule=0
# expect: stopped early: no new outcome in the last 100 schedules (the last new one: schedule 0)
import _counter

_counter.run(locked=True)
