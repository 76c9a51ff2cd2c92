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
# expect:              0 ms    5 ms    10 ms    15 ms   20 ms   25 ms   30 ms    35 ms   40 ms   45 ms   50 ms
# expect: marks                v        v       v        v       v        v       v        v       v        v
# expect: GIL          |1111111x22222222x1111111x22222222x1111111x22222222x1111111x22222222x1111111x22222222x|
# expect: 0 MainThread .......................................................................................
# expect: 1 spin-1     +#######+--------+#######+--------+#######+--------+#######+--------+#######+--------+
# expect: 2 spin-2     ---------########---------########---------########---------########---------########-+
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
# expect:
# expect: process MainProcess: ran 52.9 ms, GIL held 98.3% (52.0 ms), 18 switches (340/s), 10 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   10.9 us    200 us      0 ns   52.7 ms         5         0   50.0 us    2.17 us
# expect: 1 spin-1       26.0 ms   26.1 ms      0 ns    151 us         7         5   5.22 ms    3.71 ms
# expect: 2 spin-2       26.0 ms   26.7 ms      0 ns   49.9 us         7         5   5.22 ms    3.71 ms
