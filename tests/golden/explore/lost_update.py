# --explore finds the lost update of `x = x + f()`: a read-modify-write with
# a call in between, so a switch at f's check point loses the other
# thread's updates. The plain run (schedule 0) never shows it: each thread
# runs its loop well within one 5 ms switch interval.
# args: --explore=200
# python3: skip
# backend: virtual-only
# expect: explore lost_update.py: 2 outcomes in 107 schedules (base seed 0, up to 2 forced switches each)
# expect:   #1     93 runs  86.9%  exit 0   --schedule=0
# expect:   #2     14 runs  13.1%  exit 0   --schedule=6:117380,128708
# expect:        line 1: 'x = 10000' where #1 has 'x = 20000'
# expect: stopped early: no new outcome in the last 100 schedules (the last new one: schedule 6)
import _counter

_counter.run()
