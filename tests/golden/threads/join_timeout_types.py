# Thread.join(timeout) checks its argument as CPython's max(timeout, 0)
# does, even when the thread has already finished; a negative timeout acts
# as 0 (test_threading: ThreadTests.test_join_from_self and the timeout
# checks of test_various_ops).
import threading
import time

def work():
    time.sleep(0.05)

t = threading.Thread(target=work)
t.start()
t.join(-1)
print('after join(-1):', t.is_alive())
t.join(0.01)
print('after join(0.01):', t.is_alive())
t.join()
print('after join():', t.is_alive())
for bad in ('1', [1]):
    try:
        t.join(bad)
    except TypeError as e:
        print('TypeError:', e)
t.join(None)
t.join(0)
print('done')

# expect: after join(-1): True
# expect: after join(0.01): True
# expect: after join(): False
# expect: TypeError: '>' not supported between instances of 'int' and 'str'
# expect: TypeError: '>' not supported between instances of 'int' and 'list'
# expect: done
