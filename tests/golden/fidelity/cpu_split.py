# CPU-bound work split over threads takes no less program time than doing
# it sequentially: only one thread runs Python code at a time, and each
# switch costs a little more.
# python3: skip (measured times)
# args: --stats
import threading
import time

def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

TOTAL = 400000

t0 = time.perf_counter()
work(TOTAL)
sequential = time.perf_counter() - t0

def threaded(k):
    t0 = time.perf_counter()
    ts = [threading.Thread(target=work, args=(TOTAL // k,)) for i in range(k)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0

two = threaded(2)
four = threaded(4)
print('sequential (ms):', round(sequential * 1000, 1))
print('2 threads (ms):', round(two * 1000, 1))
print('4 threads (ms):', round(four * 1000, 1))
print('threads no faster:', two >= sequential and four >= sequential)
# expect: sequential (ms): 11.6
# expect: 2 threads (ms): 11.7
# expect: 4 threads (ms): 11.9
# expect: threads no faster: True
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 35.2 ms, GIL held 99.1% (34.9 ms), 15 switches (426/s), 2 drop requests
# expect: thread                  run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread        11.6 ms   21.8 ms      0 ns   1.79 ms         8         0   5.08 ms    1.45 ms
# expect: 1 Thread-1 (work)   5.81 ms   64.4 µs      0 ns      0 ns         2         1   50.0 µs    2.90 ms
# expect: 2 Thread-2 (work)   5.81 ms    766 µs      0 ns      0 ns         2         1    749 µs    2.91 ms
# expect: 3 Thread-3 (work)   2.90 ms   50.0 µs      0 ns      0 ns         1         0   50.0 µs    2.90 ms
# expect: 4 Thread-4 (work)   2.91 ms   50.0 µs      0 ns      0 ns         1         0   50.0 µs    2.91 ms
# expect: 5 Thread-5 (work)   2.91 ms   50.0 µs      0 ns      0 ns         1         0   50.0 µs    2.91 ms
# expect: 6 Thread-6 (work)   2.91 ms   50.0 µs      0 ns      0 ns         1         0   50.0 µs    2.91 ms
