# sys.setswitchinterval keeps whole microseconds, as CPython does: a value
# below 1 µs reads back as 0.0 (CPython's GIL then waits 1 µs); values are
# truncated, not rounded.
import sys

for v in (1e-9, 1.5e-6, 0.005, 0.0000019, 2.0):
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError:', e)
# expect: 1e-09 0.0
# expect: 1.5e-06 1e-06
# expect: 0.005 0.005
# expect: 1.9e-06 1e-06
# expect: 2.0 2.0
# expect: ValueError: switch interval must be strictly positive
