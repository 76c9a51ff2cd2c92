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
# expect: elapsed (s): 0.201
# expect: under 0.21 s: True
# expect:
# expect: process MainProcess: ran 201 ms, GIL held 0.0% (18.5 µs), 20 switches (99.7/s), 0 drop requests
# expect: thread                 run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread       15.3 µs    500 µs      0 ns    200 ms        11         0   50.0 µs    1.39 µs
# expect: 1 Thread-1 (nap)    638 ns   50.0 µs      0 ns    200 ms         2         0   50.0 µs     319 ns
# expect: 2 Thread-2 (nap)    638 ns   50.0 µs      0 ns    200 ms         2         0   50.0 µs     319 ns
# expect: 3 Thread-3 (nap)    638 ns   50.0 µs      0 ns    200 ms         2         0   50.0 µs     319 ns
# expect: 4 Thread-4 (nap)    638 ns   50.0 µs      0 ns    200 ms         2         0   50.0 µs     319 ns
# expect: 5 Thread-5 (nap)    638 ns   50.0 µs      0 ns    200 ms         2         0   50.0 µs     319 ns
