# lru_cache and cache as decorators: hits and misses in cache_info(),
# cache_clear(), maxsize eviction in least-recently-used order, typed=True,
# and the wrapper looks like the function (functools.wraps).
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info(), fib.__name__, fib.__doc__)
fib.cache_clear()
print(fib.cache_info())
calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in (1, 2, 1, 3, 2, 1):
    square(x)
print(calls, square.cache_info(), square.cache_parameters())


@functools.lru_cache
def bare(x):
    return x + 1


print(bare(1), bare(1), bare.cache_info())


@functools.cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial.cache_info())


@functools.lru_cache(typed=True)
def kind(x):
    calls.append(('kind', x))
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), calls[-2:], kind.cache_info().currsize)


class Shape:
    def __init__(self, side):
        self.side = side

    @functools.cached_property
    def area(self):
        print('computing area')
        return self.side ** 2


s = Shape(4)
print(s.area, s.area, 'area' in vars(s))
del s.area
print(s.area)
# expect: 832040 CacheInfo(hits=28, misses=31, maxsize=None, currsize=31) fib Fibonacci numbers.
# expect: CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)
# expect: [1, 2, 3, 2, 1] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2) {'maxsize': 2, 'typed': False}
# expect: 2 2 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)
# expect: 3628800 120 CacheInfo(hits=1, misses=11, maxsize=None, currsize=11)
# expect: int float int [('kind', 1), ('kind', 1.0)] 2
# expect: computing area
# expect: 16 16 True
# expect: computing area
# expect: 16
