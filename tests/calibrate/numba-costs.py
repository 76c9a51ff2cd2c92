"""Speed-ups of numba's compiled code over CPython on this machine, and
numba's compile times, for the simulated numba's cost model
(src/lib/py/numba.py: _SPEEDUP, _COMPILE_*). Run with a python3 that has
numba (Debian's: apt-get install python3-numba, then /usr/bin/python3
tests/calibrate/numba-costs.py); the figures it printed when the model was
set are in numba-costs.txt beside it.
Each kernel: the best of 5 runs of the plain Python function and of its
@njit version (after a warm-up call), and their ratio; 'compile' is the first
call's time less a later call's."""
import math
import random
import time

import numba
import numpy as np


def best(f, *args, reps=5):
    t = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f(*args)
        t.append(time.perf_counter() - t0)
    return min(t)


def sum_sqrt(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i * i + 1.0)
    return s


def monte_carlo_pi(n):
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n


def array_loop(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j] * a[i, j]
    return s


def int_loop(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += i
    return s


def report(name, f, *args):
    jf = numba.njit(f)
    t0 = time.perf_counter()
    jf(*args)
    first = time.perf_counter() - t0
    tj = best(jf, *args)
    tp = best(f, *args, reps=3)
    print("%-14s python %9.3f ms  numba %8.4f ms  speed-up %7.1f  compile %6.0f ms"
          % (name, tp * 1e3, tj * 1e3, tp / tj, (first - tj) * 1e3))


print("# numba %s, numpy %s" % (numba.__version__, np.__version__))
report("sum_sqrt", sum_sqrt, 10 ** 6)
report("monte_carlo_pi", monte_carlo_pi, 10 ** 6)
report("array_loop", array_loop, np.ones((1000, 1000)))
report("int_loop", int_loop, 10 ** 6)


@numba.njit(parallel=True)
def par_sum(n):
    s = 0.0
    for i in numba.prange(n):
        s += math.sqrt(i * i + 1.0)
    return s


par_sum(10)
print("%-14s 1 thread %8.3f ms" % ("prange", best(numba.njit(sum_sqrt), 10 ** 7) * 1e3))
for k in (1, 2):
    numba.set_num_threads(k)
    print("%-14s %d threads %7.3f ms (parallel=True)" % ("prange", k, best(par_sum, 10 ** 7) * 1e3))
