# The seed's contrast, runnable: numpy releases the GIL in its kernels (the
# compute threads' time is 'native', in parallel on 4 cores), h5py holds it
# for its I/O (the readers' time is 'run' with the GIL held: one at a time).
# python3: skip
# backend: virtual-only
# args: --cores=4 --stats
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
import h5py
import numpy as np

N = 200_000
data = np.linspace(0.0, 1.0, N)
f = h5py.File('big.h5', 'w')
for k in range(4):
    f.create_dataset('d%d' % k, data=data)

def compute():
    for _ in range(10):
        y = np.sqrt(data * data + 1.0)

def read(k):
    ds = f['d%d' % k]
    for _ in range(10):
        y = ds[...]

t1 = timed(compute, [()])
t4 = timed(compute, [()] * 4)
r1 = timed(read, [(0,)])
r4 = timed(read, [(k,) for k in range(4)])
print('numpy: 4 threads take %.1fx the time of 1' % (t4 / t1))
print('h5py:  4 threads take %.1fx the time of 1' % (r4 / r1))
# expect: numpy: 4 threads take 1.0x the time of 1
# expect: h5py:  4 threads take 4.0x the time of 1
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 64.8 ms, GIL held 85.8% (55.6 ms), 156 switches (2407/s), 7 drop requests
# expect: thread                     run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread           4.14 ms   25.6 ms    220 µs   34.8 ms        24         0   5.12 ms     173 µs
# expect: 1 Thread-1 (compute)   63.8 µs   50.0 µs   4.34 ms      0 ns        31         0   50.0 µs    2.06 µs
# expect: 2 Thread-2 (compute)   59.4 µs   50.0 µs   4.34 ms      0 ns        31         0   50.0 µs    1.92 µs
# expect: 3 Thread-3 (compute)   63.3 µs   50.0 µs   4.34 ms      0 ns        31         0   50.0 µs    2.04 µs
# expect: 4 Thread-4 (compute)   61.9 µs   50.0 µs   4.34 ms      0 ns        31         0   50.0 µs    2.00 µs
# expect: 5 Thread-5 (compute)   61.7 µs   50.0 µs   4.34 ms      0 ns        31         0   50.0 µs    1.99 µs
# expect: 6 Thread-6 (read)      10.2 ms   60.8 µs      0 ns      0 ns         2         1   50.0 µs    5.11 ms
# expect: 7 Thread-7 (read)      10.2 ms   58.2 µs      0 ns      0 ns         2         1   50.0 µs    5.11 ms
# expect: 8 Thread-8 (read)      10.2 ms   5.13 ms      0 ns      0 ns         2         1   5.12 ms    5.11 ms
# expect: 9 Thread-9 (read)      10.2 ms   15.4 ms      0 ns      0 ns         3         2   10.3 ms    3.41 ms
# expect: A Thread-10 (read)     10.2 ms   5.16 ms      0 ns      0 ns         3         2   5.13 ms    3.41 ms
