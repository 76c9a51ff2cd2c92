# The gilsim module: cpu(seconds, release_gil) is native work — releasing
# the GIL it runs in parallel with other threads (numpy-style), holding it
# it blocks everyone (h5py-style); io(seconds) is blocking I/O; mark(label)
# annotates the timeline; now() is program time.
# python3: skip (the gilsim module is gilsim's)
# args: --timeline --stats --width=80 --ascii
import threading
import time
import gilsim

def timed(fn, *args):
    t0 = gilsim.now()
    ts = [threading.Thread(target=fn, args=args, name=fn.__name__ + '-%d' % i) for i in (1, 2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return round((gilsim.now() - t0) * 1000)

def released(s):
    gilsim.cpu(s, release_gil=True)

def held(s):
    gilsim.cpu(s)

def io(s):
    gilsim.io(s)

gilsim.mark('released')
print('2 x 10 ms native, GIL released (ms):', timed(released, 0.01))
gilsim.mark('held')
print('2 x 10 ms native, GIL held (ms):', timed(held, 0.01))
gilsim.mark('io')
print('2 x 10 ms I/O (ms):', timed(io, 0.01))
t = gilsim.now()
print(type(t).__name__, abs(t - time.monotonic()) < 1e-3)
for bad in (-1, 'x'):
    try:
        gilsim.cpu(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    gilsim.io(-0.5)
except ValueError as e:
    print('ValueError:', e)
# expect: 2 x 10 ms native, GIL released (ms): 10
# expect: 2 x 10 ms native, GIL held (ms): 20
# expect: 2 x 10 ms I/O (ms): 10
# expect: float True
# expect: ValueError: cpu() duration must be a non-negative number of seconds
# expect: TypeError: must be real number, not str
# expect: ValueError: io() duration must be a non-negative number of seconds
# expect:
# expect:              0 ms    5 ms     10 ms   15 ms   20 ms   25 ms    30 ms   35 ms
# expect: marks        o               o        v               v        o
# expect: GIL          |               |3333333333333333x4444444444444444x               |
# expect: 0 MainThread .................---------------------------------.................
# expect: 1 released-1 =================
# expect: 2 released-2 =================
# expect: 3 held-1                     +################+
# expect: 4 held-2                                      +################+
# expect: 5 io-1                                                         .................
# expect: 6 io-2                                                         .................
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request
# expect: x forced switch  o mark  * marks
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 40.5 ms, GIL held 49.6% (20.1 ms), 23 switches (568/s), 2 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   17.4 us   20.1 ms      0 ns   20.4 ms        12         0   10.0 ms    1.45 us
# expect: 1 released-1   15.1 us   50.0 us   10.0 ms      0 ns         2         0   50.0 us    7.53 us
# expect: 2 released-2   15.0 us   50.0 us   10.0 ms      0 ns         2         0   50.0 us    7.51 us
# expect: 3 held-1       10.0 ms   61.7 us      0 ns      0 ns         2         1   50.0 us    5.00 ms
# expect: 4 held-2       10.0 ms   64.5 us      0 ns      0 ns         2         1   50.0 us    5.00 ms
# expect: 5 io-1         9.98 us   50.0 us      0 ns   10.1 ms         2         0   50.0 us    4.99 us
# expect: 6 io-2         8.61 us   50.0 us      0 ns   10.1 ms         2         0   50.0 us    4.30 us
