# Condition.notify(n) wakes n waiters, notify_all the rest; wait() needs
# the lock; wait_for with a timeout returns the predicate's last value
# (lock_tests.py: ConditionTests.test_notify, test_unacquired_wait,
# test_waitfor, test_waitfor_timeout).
import threading
import time

cond = threading.Condition()
woken = []
ready = [0]

def waiter(i):
    with cond:
        ready[0] += 1
        cond.wait()
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
while True:
    with cond:
        if ready[0] == 5:
            break
    time.sleep(0.001)
with cond:
    cond.notify(2)
time.sleep(0.05)
with cond:
    print('after notify(2):', len(woken))
    cond.notify(1)
time.sleep(0.05)
with cond:
    print('after notify(1):', len(woken))
    cond.notify_all()
for t in threads:
    t.join()
print('after notify_all:', sorted(woken))

try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

state = [0]
def setter():
    for i in range(4):
        time.sleep(0.01)
        with cond:
            state[0] += 1
            cond.notify()
t = threading.Thread(target=setter)
t.start()
with cond:
    print('wait_for:', cond.wait_for(lambda: state[0] == 4))
t.join()
with cond:
    print('wait_for timeout:', cond.wait_for(lambda: state[0] == 5, timeout=0.05))
with cond:
    print('wait timeout:', cond.wait(0.01))

c2 = threading.Condition(threading.Lock())
with c2:
    print('plain Lock condition wait:', c2.wait(0))

# expect: after notify(2): 2
# expect: after notify(1): 3
# expect: after notify_all: [0, 1, 2, 3, 4]
# expect: RuntimeError: cannot wait on un-acquired lock
# expect: RuntimeError: cannot notify on un-acquired lock
# expect: wait_for: True
# expect: wait_for timeout: False
# expect: wait timeout: False
# expect: plain Lock condition wait: False
