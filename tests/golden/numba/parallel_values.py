# numba: parallel=True and prange give the Python function's values
# (integer reductions, writes to distinct elements, a serial part between
# two parallel loops), and prange outside a parallel function is range
# python3: needs numba
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def count_multiples(n, k):
    c = 0
    for i in prange(n):
        if i % k == 0:
            c += 1
    return c


@njit(parallel=True)
def squares(n):
    out = np.zeros(n, dtype=np.int64)
    for i in prange(n):
        out[i] = i * i
    total = 0
    for v in out:
        total += v
    for i in prange(n):
        out[i] -= total
    return out


@njit(parallel=True, nogil=True)
def row_sums(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j]
        out[i] = s
    return out


print(count_multiples(10000, 7))
print(squares(6))
print(row_sums(np.arange(12.0).reshape(3, 4)))
print(list(prange(3)), list(prange(2, 10, 3)))
# expect: 1429
# expect: [-55 -54 -51 -46 -39 -30]
# expect: [ 6. 22. 38.]
# expect: [0, 1, 2] [2, 5, 8]
