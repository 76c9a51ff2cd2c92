# --at=TIME: what every thread does at one instant of the run, headless
# (issue 13, item 3), end to end: at 3 ms spin-1 runs, the main thread
# waits for the GIL to start spin-2 (tests/unit/test_timeline.c checks the
# wording on constructed logs: requests, sleepers, the end).
# python3: skip (the explanation is gilsim's)
# backend: virtual-only
# args: --at=3ms
import threading

def spin(n):
    while n > 0:
        n -= 1

ts = [threading.Thread(target=spin, args=(300000,), name='spin-%d' % i) for i in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('done')
# expect: done
# expect:
# expect: at 3.00 ms:
# expect:   GIL: held by 1 spin-1 since 57.4 µs
# expect:   0 MainThread  waiting for the GIL since 57.7 µs
# expect:   1 spin-1      running, holding the GIL since 57.4 µs
# expect:   2 spin-2      not started yet
