# concurrent.futures' as_completed() and Executor.map() return generators,
# as CPython's: map submits every call at once and yields the results in
# order; as_completed's body (and its timeout clock) starts at the first
# next(); a map generator closed before it started yields nothing.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

def shape(obj):
    return repr(obj).split(" at 0x")[0] + ">"

release = threading.Event()

def square(x):
    return x * x

def blocked(x):
    release.wait()
    return x

with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(square, range(5))
    print(shape(results), type(results).__name__)
    print(list(results))
    futures = [pool.submit(square, i) for i in range(4)]
    done = as_completed(futures)
    print(shape(done))
    print(sorted(f.result() for f in done))
    slow = pool.map(blocked, range(6))
    slow.close()
    release.set()
    print("after close:", list(slow))
# expect: <generator object Executor.map.<locals>.result_iterator> generator
# expect: [0, 1, 4, 9, 16]
# expect: <generator object as_completed>
# expect: [0, 1, 4, 9]
# expect: after close: []
