# --gil=off (a free-threaded build): the threads run in parallel and
# interleave at instruction granularity, so `x += 1` loses updates; a Lock
# still protects the read-modify-write.
# python3: skip (gilsim option)
# args: --gil=off
import threading

N = 20000
x = 0
lock = threading.Lock()

def plus_equals():
    global x
    for i in range(N):
        x += 1

def locked():
    global x
    for i in range(N):
        with lock:
            x += 1

for fn in (plus_equals, locked):
    x = 0
    ts = [threading.Thread(target=fn) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(fn.__name__, x, 'lost' if x < 4 * N else 'no update lost')
# expect: plus_equals 39572 lost
# expect: locked 80000 no update lost
