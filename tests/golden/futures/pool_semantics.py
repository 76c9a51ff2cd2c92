# ThreadPoolExecutor: lazy workers and their names, the default size,
# map's input order, as_completed's completion order, cancel on a queued
# future, errors through result(), submit after shutdown, wait().
import os
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, CancelledError,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

def nap(x):
    time.sleep(x)
    return x

def boom(x):
    time.sleep(x)
    raise KeyError(x)

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, os.cpu_count() + 4))
ex.shutdown()

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(nap, [0.3, 0.1, 0.2])))                 # input order
    fs = [ex.submit(nap, d) for d in (0.3, 0.1, 0.2)]
    print([f.result() for f in as_completed(fs)])             # completion order
    print(sorted(t.name for t in threading.enumerate() if t.name.startswith('ThreadPool')))

with ThreadPoolExecutor(1, thread_name_prefix='solo') as ex:
    running = ex.submit(nap, 0.2)
    queued = ex.submit(nap, 0.1)
    time.sleep(0.05)
    print('running:', running.running(), 'cancel:', running.cancel())
    print('queued cancel:', queued.cancel(), queued.cancelled())
    try:
        queued.result()
    except CancelledError:
        print('CancelledError from result()')
    bad = ex.submit(boom, 0.01)
    try:
        bad.result()
    except KeyError as e:
        print('KeyError', e, type(bad.exception()).__name__)
    print([t.name for t in threading.enumerate() if t.name.startswith('solo')])

try:
    ex.submit(nap, 0)
except RuntimeError as e:
    print('RuntimeError:', e)

with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(nap, 0.1), ex.submit(nap, 0.5), ex.submit(boom, 0.2)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), fs[0] in done)
    r = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(r.done), len(r.not_done), fs[2] in r.done, type(r).__name__)
    done, not_done = wait(fs, timeout=0.05)
    print(len(done), len(not_done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    try:
        for f in as_completed([ex.submit(nap, 0.3), ex.submit(nap, 0.4)], timeout=0.1):
            print('unexpected')
    except TimeoutError as e:
        print('TimeoutError:', e)
    it = ex.map(nap, [0.2, 0.01], timeout=0.1)
    try:
        list(it)
    except TimeoutError:
        print('map timed out')

with ThreadPoolExecutor(2) as ex:
    try:
        ThreadPoolExecutor(0)
    except ValueError as e:
        print('ValueError:', e)
    f = ex.submit(nap, 0.05)
    f.add_done_callback(lambda fut: print('done callback', fut.result()))
print('exit')

# expect: True
# expect: [0.3, 0.1, 0.2]
# expect: [0.1, 0.2, 0.3]
# expect: ['ThreadPoolExecutor-1_0', 'ThreadPoolExecutor-1_1', 'ThreadPoolExecutor-1_2']
# expect: running: True cancel: False
# expect: queued cancel: True True
# expect: CancelledError from result()
# expect: KeyError 0.01 KeyError
# expect: ['solo_0']
# expect: RuntimeError: cannot schedule new futures after shutdown
# expect: 1 2 True
# expect: 2 1 True DoneAndNotDoneFutures
# expect: 2 1
# expect: 3 0
# expect: TimeoutError: 2 (of 2) futures unfinished
# expect: map timed out
# expect: ValueError: max_workers must be greater than 0
# expect: done callback 0.05
# expect: exit
