# Semaphore and BoundedSemaphore: the value checks, acquire with a timeout,
# release(n), and releasing too many (lock_tests.py: BaseSemaphoreTests,
# BoundedSemaphoreTests.test_release_unacquired).
import threading

for cls in (threading.Semaphore, threading.BoundedSemaphore):
    try:
        cls(-1)
    except ValueError as e:
        print(cls.__name__, 'ValueError:', e)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
try:
    s.release(0)
except ValueError as e:
    print('ValueError:', e)
s.release()
s.release()
s.release()
print('Semaphore may exceed its start value:', s.acquire(False), s.acquire(False), s.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
with b:
    print('in with:', b.acquire(False), b.acquire(False))
    b.release()

z = threading.Semaphore(0)
got = []
def taker():
    got.append(z.acquire(timeout=1))
t = threading.Thread(target=taker)
t.start()
z.release()
t.join()
print('taker got:', got)

# expect: Semaphore ValueError: semaphore initial value must be >= 0
# expect: BoundedSemaphore ValueError: semaphore initial value must be >= 0
# expect: True True False False
# expect: ValueError: can't specify timeout for non-blocking acquire
# expect: True True False
# expect: ValueError: n must be one or more
# expect: Semaphore may exceed its start value: True True True
# expect: ValueError: Semaphore released too many times
# expect: in with: True False
# expect: taker got: [True]
