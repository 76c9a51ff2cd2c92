# threading.Lock: acquire/release, locked(), non-blocking and timed
# acquire, the context manager, mutual exclusion, the repr, and releasing an
# unlocked lock.
import threading

lock = threading.Lock()
print(type(lock).__name__)
r = repr(lock)
print(r[:r.index(' at 0x')] + '>')
print(lock.locked(), lock.acquire(), lock.locked())
r = repr(lock)
print(r[:r.index(' at 0x')] + '>')
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print('inside', lock.locked())
print('outside', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print('ValueError:', e)

# A lock held by one thread can be released by another.
lock.acquire()
def releaser():
    lock.release()
t = threading.Thread(target=releaser)
t.start()
t.join()
print('released by another thread:', not lock.locked())

# Mutual exclusion: a read-modify-write under the lock loses nothing.
counter = 0
def add(n):
    global counter
    for i in range(n):
        with lock:
            counter = counter + 1
ts = [threading.Thread(target=add, args=(20000,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
print(threading.Lock is threading._allocate_lock)
# expect: lock
# expect: <unlocked _thread.lock object>
# expect: False True True
# expect: <locked _thread.lock object>
# expect: False False
# expect: False
# expect: False
# expect: inside True
# expect: outside False
# expect: RuntimeError: release unlocked lock
# expect: ValueError: can't specify a timeout for a non-blocking call
# expect: ValueError: timeout value must be positive
# expect: released by another thread: True
# expect: 80000
# expect: True
