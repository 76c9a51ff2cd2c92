# The counter of the explore goldens: two threads add f() to a global
# 10000 times each, `x = x + f()`, with or without a lock around it.
import threading

x = 0
lock = threading.Lock()

def f():
    return 1

def worker(locked):
    global x
    for _ in range(10000):
        if locked:
            with lock:
                x = x + f()
        else:
            x = x + f()

def run(locked=False):
    threads = [threading.Thread(target=worker, args=(locked,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("x =", x)
