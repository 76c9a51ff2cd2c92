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
# expect: process MainProcess: ran 19.3 ms, GIL held 97.9% (18.9 ms), 8 switches (414/s), 3 drop requests
# expect: thread             run      wait    native     block     takes    forced  max wait mean slice
# expect: 0 MainThread   10.2 µs   12.8 ms      0 ns   6.46 ms         4         0   7.63 ms    2.56 µs
# expect: 1 consumer     12.6 ms   5.35 ms      0 ns      0 ns         3         2   5.20 ms    4.20 ms
# expect: 2 spinner      6.30 ms   7.74 ms      0 ns      0 ns         2         1   5.17 ms    3.15 ms
