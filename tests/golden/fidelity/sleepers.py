# Five threads sleeping 0.2 s each finish together, in 0.2 s of program
# time: sleeping releases the GIL.
# python3: skip (the stats are gilsim's)
# args: --stats
import threading
import time

def nap():
    time.sleep(0.2)

t0 = time.perf_counter()
ts = [threading.Thread(target=nap) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - t0
print('elapsed (s):', round(elapsed, 3))
print('under 0.21 s:', elapsed < 0.21)
# expect: elapsed (s): 0.2
# expect: under 0.21 s: True
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 200 ms, GIL held 0.0% (67.4 µs), 20 switches (99.8/s), 0 drop requests
# expect: thread                 run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread       15.5 µs      0 ns      0 ns    200 ms        11         0      0 ns    1.41 µs
# expect: 1 Thread-1 (nap)   13.8 µs   50.0 µs      0 ns    200 ms         2         0   50.0 µs    6.91 µs
# expect: 2 Thread-2 (nap)   8.27 µs   50.0 µs      0 ns    200 ms         2         0   50.0 µs    4.13 µs
# expect: 3 Thread-3 (nap)   9.68 µs   50.0 µs      0 ns    200 ms         2         0   50.0 µs    4.84 µs
# expect: 4 Thread-4 (nap)   11.9 µs   50.0 µs      0 ns    200 ms         2         0   50.0 µs    5.93 µs
# expect: 5 Thread-5 (nap)   8.24 µs   50.0 µs      0 ns    200 ms         2         0   50.0 µs    4.12 µs
