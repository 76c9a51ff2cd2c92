"""Per-element costs of numpy's kernels on this machine, for the simulated
numpy's cost model (src/lib/py/numpy.py, _COST_NS). Run with a python3 that
has numpy (Debian's: /usr/bin/python3 tests/calibrate/numpy-costs.py); the
figures it printed when the model was set are in numpy-costs.txt beside it.
Each figure: the best of 7 runs over 10**6 float64 (or int64) elements,
divided by the element count, in nanoseconds; 'call' is the fixed cost of one
ufunc call on a 1-element array."""
import time
import numpy as np

N = 10 ** 6
a = np.linspace(1.0, 2.0, N)
b = np.linspace(2.0, 3.0, N)
ia = np.arange(N)
m = np.linspace(0.0, 1.0, 500 * 500).reshape(500, 500)


def best(f, reps=7):
    t = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        t.append(time.perf_counter() - t0)
    return min(t)


def per_elem(name, f, n=N):
    print("%-10s %8.3f ns/element" % (name, best(f) * 1e9 / n))


one = np.ones(1)
print("%-10s %8.1f ns/call" % ("call", best(lambda: [one + one for _ in range(10000)]) * 1e9 / 10000))
per_elem("add", lambda: a + b)
per_elem("mul", lambda: a * b)
per_elem("div", lambda: a / b)
per_elem("cmp", lambda: a < b)
per_elem("floordiv", lambda: a // b)
per_elem("pow", lambda: a ** b)
per_elem("iadd", lambda: ia + ia)
per_elem("sqrt", lambda: np.sqrt(a))
per_elem("sin", lambda: np.sin(a))
per_elem("exp", lambda: np.exp(a))
per_elem("log", lambda: np.log(a))
per_elem("sum", lambda: a.sum())
per_elem("max", lambda: a.max())
per_elem("copy", lambda: a.copy())
per_elem("matmul", lambda: m @ m, 500 ** 3)
t = best(lambda: [x for x in range(N)], 3)
print("%-10s %8.3f ns/element (pure Python list comprehension, for scale)" % ("pylist", t * 1e9 / N))
