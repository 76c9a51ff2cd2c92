# Two CPU-bound threads alternate strictly: the waiter asks for the GIL
# after one interval, the holder drops it at its next check point and,
# forced to switch, waits until the other has taken it.
# python3: skip (the timeline and stats are gilsim's)
# args: --timeline --stats --width=100 --ascii
import threading

go = threading.Event()

def spin(n):
    go.wait()
    while n > 0:
        n -= 1

ts = [threading.Thread(target=spin, args=(1000000,), name='spin-%d' % i) for i in (1, 2)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print('done')
# expect: done
# expect:
# expect:              0 ms    5 ms     10 ms   15 ms   20 ms    25 ms   30 ms   35 ms    40 ms   45 ms
# expect: marks                         v       v        v       v        v       v        v       v
# expect: GIL          |1111111111111111x2222222x11111111x2222222x11111111x2222222x11111111x2222222x|22222222|
# expect: 0 MainThread .......................................................................................
# expect: 1 spin-1     +################---------########---------########---------########---------+
# expect: 2 spin-2     -----------------+#######+--------+#######+--------+#######+--------+#######+-########+
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 52.2 ms, GIL held 99.7% (52.0 ms), 16 switches (306/s), 8 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   25.7 us   9.69 us      0 ns   52.2 ms         5         0   9.69 us    5.15 us
# expect: 1 spin-1       26.0 ms   20.5 ms      0 ns   77.1 us         6         4   5.11 ms    4.34 ms
# expect: 2 spin-2       26.0 ms   26.1 ms      0 ns   20.3 us         6         4   10.2 ms    4.34 ms
