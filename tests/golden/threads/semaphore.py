# threading.Semaphore and BoundedSemaphore: counting permits, blocking
# and non-blocking acquire, timeouts, release(n), at most N threads inside,
# and over-releasing a BoundedSemaphore.
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(2)
print(s._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    s.release(0)
except ValueError as e:
    print('ValueError:', e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
print(repr(s).startswith('<threading.Semaphore at 0x'), repr(s).endswith(': value=2>'))

# At most three threads inside at once.
sem = threading.Semaphore(3)
guard = threading.Lock()
inside = [0]
most = [0]
def worker():
    with sem:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.01)
        with guard:
            inside[0] -= 1
ts = [threading.Thread(target=worker) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('most inside at once:', most[0])

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
print(repr(b).endswith(': value=2/2>'))
b.acquire()
b.acquire()
print(b.acquire(blocking=False))
b.release(2)
try:
    b.release(1)
except ValueError as e:
    print('ValueError:', e)
# expect: True True False False
# expect: True
# expect: 2
# expect: ValueError: semaphore initial value must be >= 0
# expect: ValueError: n must be one or more
# expect: ValueError: can't specify timeout for non-blocking acquire
# expect: True True
# expect: most inside at once: 3
# expect: ValueError: Semaphore released too many times
# expect: True
# expect: False
# expect: ValueError: Semaphore released too many times
