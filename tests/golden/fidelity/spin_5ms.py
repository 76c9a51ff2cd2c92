# Two threads spinning at the default 5 ms switch interval: each holds the
# GIL for one slice = interval + timer slack + wake-up latency (5 ms plus
# ~0.07 and ~0.006 ms drawn from the OS model's measured distributions;
# CPython 3.11 measured 5.13 ms on these machines). The threads measure their own slices, as one would in CPython:
# a pause in perf_counter() means the other thread had the GIL.
# The stats' mean slice (run / takes) also counts the cut-short first and
# last slices; the max wait is the other thread's slice plus two wake-ups.
# python3: skip (measured times; CPython's vary from run to run)
# args: --stats
import sys
import threading
import time

DURATION = 0.3
GAP = 0.00002          # a pause this long means another thread had the GIL
CPYTHON = {0.005: 5.13, 0.001: 1.10}   # CPython 3.11's mean slice (ms)
slices = {}

def spin(end):
    mine = []
    start = last = time.perf_counter()
    while last < end:
        now = time.perf_counter()
        if now - last > GAP:
            mine.append(last - start)
            start = now
        last = now
    slices[threading.current_thread().name] = mine[1:]   # the first may be cut short

end = time.perf_counter() + DURATION
ts = [threading.Thread(target=spin, args=(end,), name='spin-%d' % i) for i in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
every = slices['spin-1'] + slices['spin-2']
mean = sum(every) / len(every) * 1000
target = CPYTHON[sys.getswitchinterval()]
print('complete slices:', len(every))
print('mean slice (ms):', round(mean, 3))
print('within 3%% of CPython\'s %.2f ms:' % target, abs(mean - target) <= 0.03 * target)
# expect: complete slices: 55
# expect: mean slice (ms): 5.081
# expect: within 3% of CPython's 5.13 ms: True
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 300 ms, GIL held 99.8% (300 ms), 63 switches (210/s), 58 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   12.0 µs   10.2 ms      0 ns    290 ms         4         0   5.09 ms    3.01 µs
# expect: 1 spin-1        152 ms    148 ms      0 ns      0 ns        31        30   5.15 ms    4.92 ms
# expect: 2 spin-2        147 ms    148 ms      0 ns      0 ns        29        28   5.14 ms    5.07 ms
