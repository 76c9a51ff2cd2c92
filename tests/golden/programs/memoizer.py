# Closure-based memoizer and call counting
def memoize(fn):
    cache = {}
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    def stats():
        return calls, len(cache)
    return wrapper, stats
def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib, fib_stats = memoize(slow_fib)
print(fib(80))
print(fib_stats())
print([fib(i) for i in range(10)])
print(fib_stats())
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
paths, paths_stats = memoize(count_paths)
print(paths(16, 16), paths_stats())
def make_counter_pair():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter_pair()
inc(); inc(5)
print(get())
def edit_distance(a, b):
    memo = {}
    def d(i, j):
        if (i, j) in memo:
            return memo[i, j]
        if i == 0 or j == 0:
            res = i + j
        else:
            res = min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] != b[j - 1]))
        memo[i, j] = res
        return res
    return d(len(a), len(b))
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"))

# expect: 23416728348467685
# expect: (159, 81)
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: (169, 81)
# expect: 601080390 (513, 288)
# expect: 6
# expect: 3 2 3
