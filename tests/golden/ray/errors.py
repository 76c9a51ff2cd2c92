# ray errors: a task's exception re-raised by ray.get as RayTaskError(cause) with the task's traceback,
# failed arguments, an actor whose __init__ failed, misuse, timeouts, nested tasks refused
# python3: skip
# args: --cores=4
# exit: 1
import ray

# tracebacks name the script by its absolute path: shown without the directory
_DIR = __file__[:__file__.rfind('/') + 1]
ray.init(num_cpus=1)            # one worker: the pids below are always its own

@ray.remote
def bad(x):
    return helper(x)

def helper(x):
    return 1 / x

@ray.remote
def g(x):
    return x + 1

r = bad.remote(0)
try:
    ray.get(r)
except ray.exceptions.RayTaskError as e:
    print(type(e).__name__, isinstance(e, ZeroDivisionError))
    print(str(e).replace(_DIR, ''))
    print(repr(e.cause))
try:
    ray.get(g.remote(r))
except ZeroDivisionError as e:
    print("dep:", type(e).__name__)
    print(str(e).replace(_DIR, ''))

@ray.remote
class A:
    def __init__(self):
        raise ValueError("no")
    def m(self):
        return 1
a = A.remote()
try:
    ray.get(a.m.remote())
except ray.exceptions.RayActorError as e:
    print(type(e).__name__)
    print(str(e).replace(_DIR, ''))
try:
    bad(1)
except TypeError as e:
    print(str(e).replace(_DIR, ''))
try:
    ray.init()
except RuntimeError as e:
    print(str(e).replace(_DIR, ''))
print(ray.init(ignore_reinit_error=True) is not None)
try:
    ray.get(g.remote(1), timeout=-1)
except ValueError as e:
    print(str(e).replace(_DIR, ''))
@ray.remote
def slow():
    import time
    time.sleep(0.3)
    return 1
try:
    ray.get(slow.remote(), timeout=0.1)
except ray.exceptions.GetTimeoutError as e:
    print(type(e).__mro__[1:3], e)
@ray.remote
def nested():
    return g.remote(1)
try:
    ray.get(nested.remote())
except ray.exceptions.RayTaskError as e:
    print(str(e).splitlines()[-1])
@ray.remote
def unpicklable():
    import threading
    return threading.Lock()
@ray.remote
def leaves():
    raise SystemExit(3)
try:
    ray.get(leaves.remote())
except ray.exceptions.RayTaskError as e:
    print(type(e).__name__, str(e).splitlines()[-1])
@ray.remote
def by_value():
    return lambda: 42
print(ray.get(by_value.remote())())
try:
    ray.get(unpicklable.remote())
except ray.exceptions.RayTaskError as e:
    print(str(e).splitlines()[-1])
ray.get(bad.remote(0))
# expect: RayTaskError(ZeroDivisionError) True
# expect: ray::bad() (pid=4243, ip=127.0.0.1)
# expect:   File "errors.py", line 14, in bad
# expect:     return helper(x)
# expect:   File "errors.py", line 17, in helper
# expect:     return 1 / x
# expect: ZeroDivisionError: division by zero
# expect: ZeroDivisionError('division by zero')
# expect: dep: RayTaskError(ZeroDivisionError)
# expect: ray::g() (pid=4243, ip=127.0.0.1)
# expect:   At least one of the input arguments for this task could not be computed:
# expect: ray.exceptions.RayTaskError: ray::bad() (pid=4243, ip=127.0.0.1)
# expect:   File "errors.py", line 14, in bad
# expect:     return helper(x)
# expect:   File "errors.py", line 17, in helper
# expect:     return 1 / x
# expect: ZeroDivisionError: division by zero
# expect: ActorDiedError
# expect: The actor died because of an error raised in its creation task, ray::A.__init__() (pid=4244, ip=127.0.0.1)
# expect:   File "errors.py", line 39, in __init__
# expect:     raise ValueError("no")
# expect: ValueError: no
# expect: Remote functions cannot be called directly. Instead of running '__main__.bad()', try '__main__.bad.remote()'.
# expect: Maybe you called ray.init twice by accident? This error can be suppressed by passing in 'ignore_reinit_error=True' or by calling 'ray.shutdown()' prior to 'ray.init()'.
# expect: True
# expect: 'timeout' must be a non-negative value
# expect: (<class 'ray.exceptions.RayError'>, <class 'TimeoutError'>) Get timed out: some object(s) not ready.
# expect: NotImplementedError: ray (simulated by gilsim): submitting tasks or creating actors from inside a task or actor (nested tasks) is not simulated
# expect: RayTaskError SystemExit: 3
# expect: 42
# expect: TypeError: cannot pickle '_thread.lock' object
# expect stderr: Traceback (most recent call last):
# expect stderr: ray.get(bad.remote(0))
# expect stderr: ray.exceptions.RayTaskError(ZeroDivisionError): ray::bad() (pid=4243, ip=127.0.0.1)
# expect stderr: errors.py", line 14, in bad
# expect stderr: return 1 / x
# expect stderr: ZeroDivisionError: division by zero
