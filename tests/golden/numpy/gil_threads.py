# numpy releases the GIL in kernels over 500 elements: four threads doing
# numpy work take about as long as one on 4 cores, while four pure-Python
# threads take four times as long as one (virtual time: deterministic).
# python3: skip
# backend: virtual-only
# args: --cores=4
import threading
import gilsim


def timed(target, args_list):
    # one thread per args tuple, all joined: the program time they take
    # (inlined: gilsim cannot import a golden's sibling helper module yet)
    ts = [threading.Thread(target=target, args=a) for a in args_list]
    t0 = gilsim.now()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return gilsim.now() - t0
import numpy as np

N = 100_000

def numpy_work():
    x = np.arange(N, dtype=float)
    for _ in range(20):
        y = np.sqrt(x * x + 1.0)
    return y.sum()

def python_work():
    s = 0.0
    for v in range(2000):
        s += (v * v + 1.0) ** 0.5
    return s

np1, np4 = timed(numpy_work, [()]), timed(numpy_work, [()] * 4)
py1, py4 = timed(python_work, [()]), timed(python_work, [()] * 4)
print('numpy : 4 threads / 1 thread = %.1f' % (np4 / np1))
print('python: 4 threads / 1 thread = %.1f' % (py4 / py1))
# the same work per thread, four threads: numpy's speed-up over pure
# Python's scaling is about the core count
print('4 threads gain %.1fx more from threads with numpy' % ((py4 / py1) / (np4 / np1)))
assert np4 / np1 < 1.3 and py4 / py1 > 3.8

# expect: numpy : 4 threads / 1 thread = 1.0
# expect: python: 4 threads / 1 thread = 3.9
# expect: 4 threads gain 3.8x more from threads with numpy
