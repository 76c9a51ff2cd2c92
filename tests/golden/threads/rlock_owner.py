# RLock: recursion, ownership, and CPython's errors (lock_tests.py:
# RLockTests.test_reacquire, test_release_unacquired, test_different_thread,
# test__is_owned).
import threading

r = threading.RLock()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
r.acquire()
r.acquire()
print(r._is_owned())
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())

r.acquire()
result = []
def other():
    result.append(r._is_owned())
    result.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        result.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(result)
r.release()
with r:
    with r:
        print('nested with ok')
print(r.acquire(blocking=False), r.acquire(timeout=0.1))
r.release()
r.release()

# expect: False
# expect: RuntimeError: cannot release un-acquired lock
# expect: True
# expect: True
# expect: False
# expect: [False, False, 'cannot release un-acquired lock']
# expect: nested with ok
# expect: True True
