# threading.Barrier: parties, wait() indices, the action, n_waiting,
# abort and BrokenBarrierError, reset, timeouts.
import threading

b = threading.Barrier(3, action=lambda: print('all arrived'))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()
def arrive():
    i = b.wait()
    with lock:
        indices.append(i)
ts = [threading.Thread(target=arrive) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))

# The barrier is reusable.
indices.clear()
ts = [threading.Thread(target=arrive) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))

# A timeout breaks the barrier for everyone.
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print('BrokenBarrierError', b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('still broken')
b2.reset()
print('after reset:', b2.broken)

# abort() wakes a waiter with BrokenBarrierError.
b3 = threading.Barrier(2)
def waits():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        print('waiter: broken')
w = threading.Thread(target=waits)
w.start()
while b3.n_waiting == 0:
    pass
print('n_waiting:', b3.n_waiting)
b3.abort()
w.join()
print(b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
# expect: 3 0 False
# expect: all arrived
# expect: [0, 1, 2]
# expect: all arrived
# expect: [0, 1, 2]
# expect: BrokenBarrierError True
# expect: still broken
# expect: after reset: False
# expect: n_waiting: 1
# expect: waiter: broken
# expect: True
# expect: True
