# time.sleep(0) under the 3.9 profile: CPython 3.9 sleeps with select(),
# which returns from a zero timeout at once (1.4 µs measured), long before a
# thread waiting for the GIL can wake up and take it, so even beside a
# spinning thread sleep(0) never convoys (0.9 µs a call measured; 3.11+:
# one switch interval, see ../fidelity/sleep0.py). The spinner still gets
# its forced switches: the main thread's loop polls at its backward jumps.
# python3: skip (measured times)
# backend: virtual-only (measured times)
# args: --python=3.9 --stats
import threading
import time

def per_call(n):
    t0 = time.perf_counter()
    for i in range(n):
        time.sleep(0)
    return (time.perf_counter() - t0) / n

print('alone (us):', round(per_call(200) * 1e6, 1))
stop = False

def spin():
    while not stop:
        pass

t = threading.Thread(target=spin, name='spinner')
t.start()
time.sleep(0.01)
print('beside a spinner (us):', round(per_call(40) * 1e6, 1))
stop = True
t.join()
# expect: alone (us): 1.0
# expect: beside a spinner (us): 1.0
# expect:
# expect: CPython 3.9 profile
# expect: process MainProcess: ran 20.6 ms, GIL held 99.6% (20.5 ms), 6 switches (291/s), 2 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread    257 µs   10.2 ms      0 ns   10.2 ms         4         0   5.10 ms    64.1 µs
# expect: 1 spinner      20.2 ms    126 µs      0 ns      0 ns         3         2   61.8 µs    6.75 ms
