# Infinite generators combined lazily: a prime sieve made of nested
# filtering generators, Hamming numbers (2**i * 3**j * 5**k) by merging,
# and a memoizing wrapper whose items several generators share.
def first(g, n):
    return [next(g) for _ in range(n)]

def ints_from(i):
    while True:
        yield i
        i += 1

def drop_multiples(n, ints):
    for i in ints:
        if i % n:
            yield i

def sieve(ints):
    p = next(ints)
    yield p
    yield from sieve(drop_multiples(p, ints))

print(first(sieve(ints_from(2)), 20))

def scaled(n, g):
    for i in g:
        yield n * i

def merge(g, h):
    a, b = next(g), next(h)
    while True:
        if a < b:
            yield a
            a = next(g)
        elif a > b:
            yield b
            b = next(h)
        else:
            yield a
            a, b = next(g), next(h)

class Memo:
    # items of a generator, computed once and indexable
    def __init__(self, g):
        self.done = []
        self.more = g.__next__
    def __getitem__(self, i):
        while i >= len(self.done):
            self.done.append(self.more())
        return self.done[i]

def hamming():
    yield 1
    for n in merge(scaled(2, shared), merge(scaled(3, shared), scaled(5, shared))):
        yield n

shared = Memo(hamming())
print([shared[i] for i in range(20)])
print([shared[i] for i in range(60, 70)])

def fibs(a, b):
    def add(g, h):
        while True:
            yield next(g) + next(h)
    def tail(g):
        next(g)
        yield from g
    yield a
    yield b
    yield from add(iter(fib_memo), tail(iter(fib_memo)))

fib_memo = Memo(fibs(1, 2))
print(first(iter(fib_memo), 17))
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71]
# expect: [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 25, 27, 30, 32, 36]
# expect: [400, 405, 432, 450, 480, 486, 500, 512, 540, 576]
# expect: [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584]
