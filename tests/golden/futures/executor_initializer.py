# initializer/initargs run once in each worker before its first task; an
# initializer that raises breaks the pool: pending and later futures fail
# with BrokenThreadPool (test_concurrent_futures/test_init.py:
# InitializerMixin, FailingInitializerMixin).
import threading
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool

state = threading.local()
inits = []
def init(tag):
    state.tag = tag
    inits.append(threading.current_thread().name)

def work(x):
    return (state.tag, x)

with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=('ready',),
                        thread_name_prefix='init') as ex:
    results = [f.result() for f in [ex.submit(work, i) for i in range(4)]]
print(results)
print(len(inits), sorted(set(inits)) == sorted(inits), all(n.startswith('init_') for n in inits))

def bad_init():
    raise ValueError('init failed')

import io, sys
sys.stderr = io.StringIO()     # CPython logs the initializer's exception
ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(work, 1)
try:
    f.result()
except BrokenThreadPool as e:
    print('BrokenThreadPool:', e)
try:
    ex.submit(work, 2)
except BrokenThreadPool as e:
    print('submit: BrokenThreadPool:', e)
ex.shutdown()
sys.stderr = sys.__stderr__
print(issubclass(BrokenThreadPool, BrokenExecutor), issubclass(BrokenExecutor, RuntimeError))
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print('TypeError:', e)

# expect: [('ready', 0), ('ready', 1), ('ready', 2), ('ready', 3)]
# expect: 2 True True
# expect: BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore
# expect: submit: BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore
# expect: True True
# expect: TypeError: initializer must be a callable
