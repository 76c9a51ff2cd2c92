# numba: parallel=True cuts a prange loop into get_num_threads() blocks: the
# calling thread runs the first, worker lanes (numba-worker-N) the others,
# in parallel; set_num_threads(2) uses one worker; without nogil the caller
# holds the GIL meanwhile (run); idle workers are blocked
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# args: --cores=4 --timeline --stats --width=90 --ascii --from=0.245
import math
import threading
import time
import numba
from numba import njit, prange


@njit(parallel=True)
def total(n):
    s = 0.0
    for i in prange(n):
        s += math.sqrt(i + 1.0)
    return s


print(total(10))
t0 = time.perf_counter()
a = total(400_000)
t4 = time.perf_counter() - t0
numba.set_num_threads(2)
t0 = time.perf_counter()
b = total(400_000)
t2 = time.perf_counter() - t0
print(a == b, 'two threads take %.1f times as long as four' % (t2 / t4))
# expect: 22.4682781862041
# expect: True two threads take 1.8 times as long as four
# expect:
# expect:                  245.0 ms           245.1 ms           245.2 ms          245.3 ms
# expect: marks
# expect: GIL              0000000000000000000000000000000000000000000000000000000000000000000000000
# expect: 0 MainThread     #########################################################################
# expect: 1 numba-worker-1   .======================================================================
# expect: 2 numba-worker-2   .===========================...........................................
# expect: 3 numba-worker-3    ===========================...........................................
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
# expect: o mark  * marks
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 245 ms, GIL held 100.0% (245 ms), 0 switches (0/s), 0 drop requests
# expect: thread                 run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread        245 ms      0 ns      0 ns      0 ns         1         0      0 ns     245 ms
# expect: 1 numba-worker-1      0 ns      0 ns    368 us   5.80 us         0         0      0 ns          -
# expect: 2 numba-worker-2      0 ns      0 ns    143 us    231 us         0         0      0 ns          -
# expect: 3 numba-worker-3      0 ns      0 ns    143 us    231 us         0         0      0 ns          -
