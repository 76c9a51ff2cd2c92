# calibrate.py — the measurements behind src/vm/cost.h's table.
#
# Run it under CPython 3.11 (python3 tests/bench/calibrate.py) on a typical
# machine, then under gilsim (gilsim --headless tests/bench/calibrate.py):
# CPython prints what each operation costs there, gilsim what its cost table
# charges in virtual time. They should agree within some 20 %; where they
# do not, adjust cost.h. Also prints the GIL figures the fidelity tests
# check (tests/golden/fidelity): the mean slice of two spinning threads and
# the cost of time.sleep(0) beside a spinning thread.
import sys
import threading
import time

REPEAT = 3   # CPython: keep the best of a few runs (gilsim: all equal)


def best(fn, n):
    b = None
    for r in range(REPEAT):
        t0 = time.perf_counter()
        fn(n)
        t = (time.perf_counter() - t0) / n * 1e9
        if b is None or t < b:
            b = t
    return b


def loop_add(n):
    t = 0
    for i in range(n):
        t += i


def f(i):
    return i


def calls(n):
    for i in range(n):
        f(i)


class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return self.x


def methods(n):
    a = A()
    for i in range(n):
        a.m()


def appends(n):
    l = []
    for i in range(n):
        l.append(i)


BIG = list(range(200000))


def sums(n):
    for k in range(n // len(BIG)):
        sum(BIG)


def copies(n):
    for k in range(n // len(BIG)):
        BIG * 1


def sorts(n):
    for k in range(n // len(BIG)):
        sorted(BIG)


def ranges(n):
    for k in range(n // len(BIG)):
        list(range(len(BIG)))


rows = [
    ('for i in range(n): t += i', loop_add, 300000),
    ('f(i) (a Python function)', calls, 300000),
    ('a.m() (method reading self.x)', methods, 300000),
    ('l.append(i)', appends, 300000),
    ('sum(list) per element', sums, 2000000),
    ('list copy / l * n per element', copies, 2000000),
    ('sorted(list) per element', sorts, 2000000),
    ('list(range(n)) per element', ranges, 2000000),
]

impl = 'gilsim' if 'gilsim' in sys.modules or sys.version.find('gilsim') >= 0 else sys.implementation.name
print('%-36s %10s' % ('operation (%s)' % impl, 'ns/iter'))
for name, fn, n in rows:
    print('%-36s %10.1f' % (name, best(fn, n)))


# The GIL: two spinning threads' mean slice at the current interval.
def spin(end, out):
    start = last = time.perf_counter()
    mine = []
    while last < end:
        now = time.perf_counter()
        if now - last > 0.0002:   # CPython: OS noise makes shorter gaps common
            mine.append(last - start)
            start = now
        last = now
    out.extend(mine[1:])


slices = []
end = time.perf_counter() + 0.3
ts = [threading.Thread(target=spin, args=(end, slices)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
if slices:
    print('%-36s %10.3f ms' % ('mean slice, 2 spinning threads', sum(slices) / len(slices) * 1000))

stop = []


def spinner():
    while not stop:
        pass


t = threading.Thread(target=spinner)
t.start()
t0 = time.perf_counter()
for i in range(20):
    time.sleep(0)
print('%-36s %10.3f ms' % ('sleep(0) beside a spinning thread', (time.perf_counter() - t0) / 20 * 1000))
stop.append(1)
t.join()
t0 = time.perf_counter()
for i in range(200):
    time.sleep(0)
print('%-36s %10.3f ms' % ('sleep(0) alone', (time.perf_counter() - t0) / 200 * 1000))
