# cupy: launches are asynchronous, one GPU lane per stream: the host thread
# queues work on two streams and goes on; Device().synchronize() waits for
# both with the GIL released (another Python thread runs meanwhile)
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# args: --timeline --stats --width=90 --ascii
import threading
import numpy as np
import cupy as cp

go = threading.Event()


def python_work():
    go.wait()
    n = 0
    while n < 10000:
        n += 1


t = threading.Thread(target=python_work, name='python')
t.start()
a = cp.asarray(np.linspace(0.0, 1.0, 500_000))
s1 = cp.cuda.Stream()
s2 = cp.cuda.Stream()
with s1:
    for _ in range(3):
        b = cp.sqrt(a * a + 1.0)
with s2:
    for _ in range(3):
        c = cp.exp(a) - a
go.set()
cp.cuda.Device().synchronize()
t.join()
with s1:
    print(float(b.sum()))
with s2:
    print(float(c.mean()))
# expect: 573896.8466614838
# expect: 1.2182821101777892
# expect:
# expect:                 0.0 ms    0.2 ms     0.4 ms    0.6 ms     0.8 ms    1.0 ms    1.2 ms
# expect: GIL             00  |                                         000000000|11111111111110 0
# expect: 0 MainThread    #+...======...................................+########.......-------+.+.-
# expect: 1 python         ---+..................................................+############+
# expect: 2 GPU0 stream 0           ====================================............................
# expect: 3 GPU0 stream 1                                               ================........=...
# expect: 4 GPU0 stream 2                                                    ============.........=.
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 1.42 ms, GIL held 35.2% (500 us), 4 switches (2815/s), 0 drop requests
# expect: thread                run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread       232 us    165 us    110 us    914 us         7         0    144 us    33.1 us
# expect: 1 python           268 us   50.0 us      0 ns    969 us         2         0   50.0 us     134 us
# expect: 2 GPU0 stream 0      0 ns      0 ns    677 us    540 us         0         0      0 ns          -
# expect: 3 GPU0 stream 1      0 ns      0 ns    315 us    209 us         0         0      0 ns          -
# expect: 4 GPU0 stream 2      0 ns      0 ns    231 us    194 us         0         0      0 ns          -
