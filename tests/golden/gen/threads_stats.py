# A generator's body runs on the thread that resumes it: the CPU time it
# spends, and the GIL switches forced inside it, are that thread's in the
# statistics, not those of the thread that made the generator. (Pinned
# virtual times: the MainThread line includes threading's cost of starting
# and joining threads; regenerate with the fidelity goldens when it moves.)
# python3: skip (gilsim statistics)
# args: --stats
# backend: virtual-only
import threading

def heavy(n):
    for i in range(n):
        s = 0
        for j in range(20000):
            s += j
        yield s

made_in_main = heavy(30)

def consume(gen):
    print("consumer got", len(list(gen)), "items")

def spin():
    x = 0
    for i in range(300000):
        x += i

t = threading.Thread(target=consume, args=(made_in_main,), name="consumer")
s = threading.Thread(target=spin, name="spinner")
t.start()
s.start()
t.join()
s.join()
# expect: consumer got 30 items
# expect:
# expect: CPython 3.11 profile
# expect: process MainProcess: ran 19.0 ms, GIL held 99.5% (18.9 ms), 8 switches (421/s), 3 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   10.3 µs   11.4 ms      0 ns   7.62 ms         4         0   5.09 ms    2.57 µs
# expect: 1 consumer     12.6 ms   5.17 ms      0 ns      0 ns         3         2   5.10 ms    4.21 ms
# expect: 2 spinner      6.31 ms   7.57 ms      0 ns      0 ns         2         1   5.14 ms    3.15 ms
