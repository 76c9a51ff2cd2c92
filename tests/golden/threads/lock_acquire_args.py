# Lock.acquire's argument checks and results (Lib/test/lock_tests.py:
# BaseLockTests.test_acquire_timeout-style checks, test_locked).
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01), lock.acquire(True, 0))
for args, kwargs in (((False, 1), {}), ((), {'timeout': -100}), ((False,), {'timeout': 0.5})):
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX + 1e6)
except OverflowError as e:
    print('OverflowError:', e)
print(lock.acquire(timeout=-1) if False else 'skip blocking acquire')
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('in with:', lock.locked())
print('after with:', lock.locked())

# a lock can be released by another thread than the one that took it
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released elsewhere:', lock.locked())

# expect: False True True
# expect: False False
# expect: False False
# expect: ValueError: can't specify a timeout for a non-blocking call
# expect: ValueError: timeout value must be positive
# expect: ValueError: can't specify a timeout for a non-blocking call
# expect: OverflowError: timestamp out of range for platform time_t
# expect: skip blocking acquire
# expect: False
# expect: RuntimeError: release unlocked lock
# expect: in with: True
# expect: after with: False
# expect: released elsewhere: False
