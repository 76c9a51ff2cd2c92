# --compare: the same two counting threads under a 5 ms and a 1 ms switch
# interval, printed one after the other; their timelines on one time axis
# (a column is the same instant in both), then each run's statistics.
# backend: virtual-only (--compare needs the virtual backend)
# python3: skip (the labels, timelines and stats are gilsim's)
# args: --timeline --stats --width=100 --ascii --compare=--switch-interval=1ms
import threading

def count_down(n):
    while n:
        n -= 1

first = threading.Thread(target=count_down, args=(300000,), name='down-a')
second = threading.Thread(target=count_down, args=(300000,), name='down-b')
first.start()
second.start()
first.join()
second.join()
print('both counted down')
# expect: [run 1] as given (5.00 ms interval, GIL on, 4 cores)
# expect: both counted down
# expect:
# expect: [run 2] with --switch-interval=1ms (1.00 ms interval, GIL on, 4 cores)
# expect: both counted down
# expect:
# expect:              0 ms    1 ms    2 ms    3 ms    4 ms    5 ms    6 ms    7 ms   8 ms    9 ms    10 ms
# expect: -- run 1: as given (5.00 ms interval, GIL on, 4 cores) --
# expect: marks                                                v                                          v
# expect: GIL          |111111111111111111111111111111111111111x11|222222222222222222222222222222222222222x22|
# expect: 0 MainThread .----------------------------------------...----------------------------------------...
# expect: 1 down-a     +#######################################+##+
# expect: 2 down-b                                             ----#######################################+##+
# expect: -- run 2: with --switch-interval=1ms (1.00 ms interval, GIL on, 4 cores) --
# expect: marks                v         v       v        v       v        v        v                        v
# expect: GIL          |1111111x|11111111x2222222x11111111x2222222x11111111x22222222x1111111|2222222222222222x
# expect: 0 MainThread .--------.........---------...........................................-----------------
# expect: 1 down-a     +#######++########---------########---------########+--------+#######+
# expect: 2 down-b              ---------+#######+--------+#######+---------########---------################+
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
# expect:
# expect: [run 1] as given (5.00 ms interval, GIL on, 4 cores)
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 10.9 ms, GIL held 99.2% (10.8 ms), 7 switches (641/s), 2 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   10.2 us   10.2 ms      0 ns    761 us         4         0   5.08 ms    2.54 us
# expect: 1 down-a       5.41 ms   64.4 us      0 ns      0 ns         2         1   50.0 us    2.70 ms
# expect: 2 down-b       5.41 ms    366 us      0 ns      0 ns         2         1    349 us    2.71 ms
# expect:
# expect: [run 2] with --switch-interval=1ms (1.00 ms interval, GIL on, 4 cores)
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 11.0 ms, GIL held 98.8% (10.8 ms), 14 switches (1276/s), 8 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   10.2 us   4.30 ms      0 ns   6.66 ms         5         0   2.14 ms    2.05 us
# expect: 1 down-a       5.41 ms   3.35 ms      0 ns      0 ns         5         4   1.10 ms    1.08 ms
# expect: 2 down-b       5.41 ms   4.42 ms      0 ns      0 ns         5         4   1.14 ms    1.08 ms
