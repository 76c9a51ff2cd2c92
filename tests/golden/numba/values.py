# numba: a jitted function returns what the Python function computes
# (ints, floats, bools, tuples, arrays; a jitted function calling another;
# keywords; the dispatcher's py_func and signatures)
# python3: needs numba
import math
import numpy as np
from numba import njit, jit


@njit
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@njit
def hypot_sum(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i * i + 1.0)
    return s


@njit
def minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


@jit(nopython=True)
def scaled(a, factor=2.0):
    out = np.zeros(a.shape[0])
    for i in range(a.shape[0]):
        out[i] = a[i] * factor
    return out


@njit
def total_steps(n):
    return sum_range(n) + collatz(27)


@njit
def sum_range(n):
    s = 0
    for i in range(n):
        s += i
    return s


@njit
def is_even(n):
    return n % 2 == 0


print(collatz(27), collatz(97))
print(collatz.signatures)
print(hypot_sum(1000))
print(minmax(np.array([3.0, -1.5, 7.25, 0.0])))
print(scaled(np.arange(4.0)))
print(scaled(np.arange(3.0), factor=0.5))
print(total_steps(100))
print(is_even(10), is_even(7))
print(collatz.py_func(27), collatz.py_func is not collatz, collatz.__name__)
print(hypot_sum.signatures, minmax.signatures)
print(is_even(2.0), is_even.signatures)
# expect: 111 118
# expect: [(int64,)]
# expect: 499504.63322021096
# expect: (-1.5, 7.25)
# expect: [0. 2. 4. 6.]
# expect: [0.  0.5 1. ]
# expect: 5061
# expect: True False
# expect: 111 True collatz
# expect: [(int64,)] [(array(float64, 1d, C),)]
# expect: True [(int64,), (float64,)]
