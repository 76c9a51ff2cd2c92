# time.sleep(0) releases the GIL. Alone, a call costs the timer slack
# (~0.06 ms); beside a spinning thread, the sleeper must wait for the GIL:
# one switch interval per call (CPython 3.11 measured 5.18 ms) — the
# convoy effect in its smallest form.
# python3: skip (measured times)
# args: --stats
import threading
import time

def per_call(n):
    t0 = time.perf_counter()
    for i in range(n):
        time.sleep(0)
    return (time.perf_counter() - t0) / n

print('alone (ms):', round(per_call(200) * 1000, 2))

stop = False
def spin():
    while not stop:
        pass

t = threading.Thread(target=spin, name='spinner')
t.start()
cost = per_call(20) * 1000
print('beside a spinning thread (ms):', round(cost, 2))
print('within 3% of 5.18 ms:', abs(cost - 5.18) <= 0.03 * 5.18)
stop = True
t.join()
# expect: alone (ms): 0.07
# expect: beside a spinning thread (ms): 5.16
# expect: within 3% of 5.18 ms: True
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 123 ms, GIL held 87.7% (108 ms), 44 switches (357/s), 21 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   16.1 µs    107 ms      0 ns   16.2 ms       223         0   5.40 ms      72 ns
# expect: 1 spinner       108 ms    384 µs      0 ns      0 ns        22        21   50.0 µs    4.91 ms
