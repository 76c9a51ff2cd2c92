# --at=TIME: what every thread does at one instant of the run, headless
# (issue 13, item 3), end to end. At 1 µs only the main thread exists, so
# the lines do not move when the interpreter's costs do;
# tests/unit/test_timeline.c checks the wording on constructed logs
# (requests, sleepers, the end of the run).
# python3: skip (the explanation is gilsim's)
# backend: virtual-only
# args: --at=1us
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
# expect: at 1.00 µs:
# expect:   GIL: held by 0 MainThread since 0 ns
# expect:   0 MainThread  running, holding the GIL since 0 ns
# expect:   1 spin-1      not started yet
# expect:   2 spin-2      not started yet
