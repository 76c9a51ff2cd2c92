# Future on its own: states, results, exceptions, callbacks, reprs (the
# deterministic part: the address varies).
from concurrent.futures import Future, CancelledError, InvalidStateError
import concurrent.futures as cf

def state(f):
    r = repr(f)
    return r[:r.index(' at ')] + r[r.index(' state='):]

f = Future()
print(state(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), state(f), f.running())
print(f.cancel())
f.add_done_callback(lambda fut: print('callback:', fut.result()))
f.set_result(42)
print(state(f), f.done(), f.result(), f.exception())
f.add_done_callback(lambda fut: print('late callback:', fut.result()))
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', str(e)[:9])

g = Future()
g.set_exception(ValueError('bad'))
print(state(g), type(g.exception()).__name__)
try:
    g.result()
except ValueError as e:
    print('raised', e)

h = Future()
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), state(h))
try:
    h.result()
except CancelledError as e:
    print('CancelledError', repr(e))
try:
    h.exception()
except cf.CancelledError:
    print('exception() raises CancelledError too')
print(h.set_running_or_notify_cancel(), state(h))
try:
    Future().result(timeout=0.01)
except TimeoutError as e:
    print('TimeoutError', cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

# expect: <Future state=pending> False False False
# expect: True <Future state=running> True
# expect: False
# expect: callback: 42
# expect: <Future state=finished returned int> True 42 None
# expect: late callback: 42
# expect: InvalidStateError FINISHED:
# expect: <Future state=finished raised ValueError> ValueError
# expect: raised bad
# expect: True True True True <Future state=cancelled>
# expect: CancelledError CancelledError()
# expect: exception() raises CancelledError too
# expect: False <Future state=cancelled>
# expect: TimeoutError True
# expect: True True
# expect: FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED
