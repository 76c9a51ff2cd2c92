# functools.lru_cache and cache: hits and misses, eviction order, typed,
# maxsize=0 and None, cache_clear, and a cached function shared by threads.
import functools
import threading


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = functools.lru_cache(maxsize=None)(fib)
print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)

calls = []


def slow_square(n):
    calls.append(n)
    return n * n


sq = functools.lru_cache(maxsize=2)(slow_square)
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(calls, sq.cache_info())

typed = functools.lru_cache(typed=True)(lambda v: type(v).__name__)
print(typed(1), typed(1.0), typed(1), typed.cache_info())
nocache = functools.lru_cache(maxsize=0)(lambda: 'x')
nocache()
nocache()
print(nocache.cache_info())
memo = functools.cache(lambda a, b=0: a + b)
print(memo(1), memo(1), memo(1, b=2), memo(a=1), memo.cache_info())
try:
    functools.lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError:', e)

results = []
lock = threading.Lock()


def worker(k):
    v = fib(25 + k % 3)
    with lock:
        results.append(v)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), fib.cache_info().currsize)

# expect: 1548008755920 CacheInfo(hits=58, misses=61, maxsize=None, currsize=61)
# expect: CacheInfo(hits=0, misses=0, maxsize=None, currsize=0) {'maxsize': None, 'typed': False} fib fib
# expect: [1, 2, 3, 2, 1] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
# expect: int float int CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
# expect: CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
# expect: 1 1 3 1 CacheInfo(hits=1, misses=3, maxsize=None, currsize=3)
# expect: TypeError: Expected first argument to be an integer, a callable, or None
# expect: [75025, 75025, 121393, 121393, 196418, 196418] 28
