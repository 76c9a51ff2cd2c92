# threading.Condition: wait/notify/notify_all, wait_for with a predicate,
# wait timeouts, and the errors for an un-acquired lock.
import threading

cond = threading.Condition()
items = []
log = []

def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))

cs = [threading.Thread(target=consumer, args=('c%d' % i,)) for i in range(3)]
for c in cs:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print(sorted(v for n, v in log))

# notify_all wakes every waiter.
ready = [False]
woke = []
def waiter(i):
    with cond:
        while not ready[0]:
            cond.wait()
        woke.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with cond:
    ready[0] = True
    cond.notify_all()
for w in ws:
    w.join()
print(sorted(woke))

# Timeouts.
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))
    print(cond.wait_for(lambda: 42, timeout=0.01))
    print(cond.wait(0))

try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

# A Condition on a plain Lock.
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notify_all()
    print(c2.wait(0.001))
print(repr(threading.Condition()).startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x'))
# expect: [0, 1, 2]
# expect: [0, 1, 2, 3]
# expect: False
# expect: False
# expect: 42
# expect: False
# expect: RuntimeError: cannot wait on un-acquired lock
# expect: RuntimeError: cannot notify on un-acquired lock
# expect: False
# expect: True
