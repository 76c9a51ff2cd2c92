# numba: the first call compiles (a mark, the GIL held); later calls run as
# native code: with nogil=True two threads run side by side (native, GIL
# released), without it they take turns holding the GIL
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# args: --cores=2 --timeline --stats --width=90 --ascii --from=0.3245
import threading
from numba import njit


@njit(nogil=True)
def free(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


@njit
def held(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


print(free(10), held(10))


def pair(f):
    ts = [threading.Thread(target=f, args=(2_000_000,), name='%s-%d' % (f.__name__, i)) for i in (1, 2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


pair(free)
pair(held)
print('done')
# expect: 24 24
# expect: done
# expect:
# expect:                      325 ms         326 ms         327 ms         328 ms         329 ms
# expect: marks
# expect: GIL          00000000||                    ||3333333333333333333333|444444444444444444444|
# expect: 0 MainThread #######+........................----------------------.----------------------
# expect: 1 free-1            --======================
# expect: 2 free-2             -=======================
# expect: 3 held-1                                    -+#####################+
# expect: 4 held-2                                                           -+####################+
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
# expect: o mark  * marks
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 330 ms, GIL held 99.5% (328 ms), 12 switches (36.4/s), 0 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread    325 ms   2.92 ms      9 ns   1.68 ms         8         0   1.45 ms    40.6 ms
# expect: 1 free-1       16.0 us   50.0 us   1.45 ms      0 ns         2         0   50.0 us    7.98 us
# expect: 2 free-2       15.9 us   50.0 us   1.45 ms      0 ns         2         0   50.0 us    7.96 us
# expect: 3 held-1       1.46 ms   50.0 us      0 ns      0 ns         1         0   50.0 us    1.46 ms
# expect: 4 held-2       1.45 ms   50.0 us      0 ns      0 ns         1         0   50.0 us    1.45 ms
