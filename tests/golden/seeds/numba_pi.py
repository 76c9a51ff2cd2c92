# The seed's "NUMBA: CUDA in Python" chapter runs numba/pi.py: Monte-Carlo
# pi with numpy arrays, once in a @numba.njit(parallel=...) function and
# once in plain numpy, its size from argparse. The same shape here, with
# fewer points by default (the seed's program itself also runs unchanged:
# gilsim numba/pi.py --points=200000).
# python3: skip (np.random is gilsim's generator, not numpy's stream)
# backend: virtual-only
# args: --cores=4
import argparse
import time
import numba
import numpy as np


def pi_numpy(n):
    x = 2 * np.random.ranf(n) - 1
    y = 2 * np.random.ranf(n) - 1
    return 4 * np.sum(x ** 2 + y ** 2 < 1) / n


@numba.njit(parallel=numba.config.NUMBA_NUM_THREADS > 1)
def pi_numba(n):
    x = 2 * np.random.ranf(n) - 1
    y = 2 * np.random.ranf(n) - 1
    return 4 * np.sum(x ** 2 + y ** 2 < 1) / n


parser = argparse.ArgumentParser(description='Monte-Carlo pi.')
parser.add_argument('--points', type=int, default=50_000)
args = parser.parse_args()
np.random.seed(0)
t0 = time.time()
a = pi_numba(args.points)
first = time.time() - t0
np.random.seed(0)
t0 = time.time()
b = pi_numba(args.points)
second = time.time() - t0
np.random.seed(0)
c = pi_numpy(args.points)
print('pi:', a, b, c, a == b == c)
print('first call %.3f s (compiling), then %.2f ms' % (first, second * 1e3))
print('threads:', numba.config.NUMBA_NUM_THREADS)
# expect: pi: 3.13944 3.13944 3.13944 True
# expect: first call 0.245 s (compiling), then 0.18 ms
# expect: threads: 4
