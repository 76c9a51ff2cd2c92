# Future's methods by hand, as an executor uses them (test_concurrent_futures/
# test_future.py: FutureTests.test_cancel, test_done, test_running,
# test_result_with_timeout, test_exception_with_timeout,
# test_done_callback_*, test_multiple_set_result/exception).
from concurrent.futures import Future, CancelledError, InvalidStateError, TimeoutError
import threading
import time

f = Future()
print(f.running(), f.done(), f.cancelled())
try:
    f.result(timeout=0)
except TimeoutError:
    print('result(timeout=0): TimeoutError')
try:
    f.exception(timeout=0.01)
except TimeoutError:
    print('exception(timeout=0.01): TimeoutError')
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.done(), f.result(), f.exception(), f.cancel())
for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        call()
    except InvalidStateError as e:
        print('InvalidStateError:', e.__class__.__name__, str(e).split(':')[0])

g = Future()
print(g.cancel(), g.cancelled(), g.done(), g.cancel())
try:
    g.result()
except CancelledError:
    print('result of a cancelled future: CancelledError')
try:
    g.exception()
except CancelledError:
    print('exception of a cancelled future: CancelledError')
print(g.set_running_or_notify_cancel())

h = Future()
h.set_exception(KeyError('k'))
print(repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print('result raises', repr(e))

calls = []
k = Future()
k.add_done_callback(lambda fut: calls.append(('first', fut.result())))
k.add_done_callback(lambda fut: calls.append(('second', fut.result())))
def finisher():
    time.sleep(0.01)
    k.set_result('late')
t = threading.Thread(target=finisher)
t.start()
print('waited:', k.result(timeout=5))
t.join()
k.add_done_callback(lambda fut: calls.append(('after done', fut.result())))
print(calls)

import io, sys
sys.stderr = io.StringIO()
m = Future()
m.add_done_callback(lambda fut: 1 / 0)
m.add_done_callback(lambda fut: calls.append('still called'))
m.set_result(None)
logged = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(calls[-1], logged.startswith('exception calling callback for <Future'))

# expect: False False False
# expect: result(timeout=0): TimeoutError
# expect: exception(timeout=0.01): TimeoutError
# expect: True True False
# expect: True 42 None False
# expect: InvalidStateError: InvalidStateError FINISHED
# expect: InvalidStateError: InvalidStateError FINISHED
# expect: True True True True
# expect: result of a cancelled future: CancelledError
# expect: exception of a cancelled future: CancelledError
# expect: False
# expect: KeyError('k')
# expect: result raises KeyError('k')
# expect: waited: late
# expect: [('first', 'late'), ('second', 'late'), ('after done', 'late')]
# expect: still called True
