# The same two spinning threads at --switch-interval=1ms: slices of 1.09 ms
# (interval + timer slack + wake-up latency; CPython 3.11: 1.10 ms).
# python3: skip (measured times; CPython's vary from run to run)
# args: --stats --switch-interval=1ms
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
# expect: complete slices: 270
# expect: mean slice (ms): 1.09
# expect: within 3% of CPython's 1.10 ms: True
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 300 ms, GIL held 99.3% (298 ms), 279 switches (930/s), 273 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   12.7 µs   2.16 ms      0 ns    298 ms         5         0   1.09 ms    2.55 µs
# expect: 1 spin-1        149 ms    151 ms      0 ns      0 ns       138       137   2.00 ms    1.08 ms
# expect: 2 spin-2        149 ms    150 ms      0 ns      0 ns       137       136   1.68 ms    1.08 ms
