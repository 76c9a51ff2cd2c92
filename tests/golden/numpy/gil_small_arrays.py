# numpy holds the GIL for kernels of 500 elements or fewer (numpy's
# NPY_BEGIN_THREADS_THRESHOLDED): threads over small arrays do not overlap,
# the same total work over big arrays does.
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

def work(n, reps):
    x = np.ones(n)
    for _ in range(reps):
        x = np.sqrt(x * 4.0)

small = timed(work, [(500, 40)] * 4) / timed(work, [(500, 40)])
big = timed(work, [(50_000, 40)] * 4) / timed(work, [(50_000, 40)])
print('500 elements:    4 threads / 1 thread = %.1f' % small)
print('50000 elements:  4 threads / 1 thread = %.1f' % big)
assert small > 3.5 and big < 2.0

# expect: 500 elements:    4 threads / 1 thread = 4.1
# expect: 50000 elements:  4 threads / 1 thread = 1.1
