# Generator pipelines: each stage pulls from the previous one, so items
# flow one at a time and an infinite source is fine.
import itertools

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def squares(items):
    for x in items:
        yield x * x

def evens(items):
    return (x for x in items if x % 2 == 0)

def take(n, items):
    for i, x in enumerate(items):
        if i >= n:
            return
        yield x

print(list(take(5, evens(squares(naturals())))))
print(list(itertools.islice(squares(naturals()), 3, 6)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(12, fib())))
print(sum(take(1000, fib())) % 1000003)

def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total

print(list(running_total(take(6, naturals()))))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = (len(w) for w in words)
print(max(running_total(lengths)))
print(list(itertools.chain(take(2, naturals()), take(2, fib()))))
# expect: [4, 16, 36, 64, 100]
# expect: [16, 25, 36]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
# expect: 276959
# expect: [1, 3, 6, 10, 15, 21]
# expect: 35
# expect: [1, 2, 0, 1]
