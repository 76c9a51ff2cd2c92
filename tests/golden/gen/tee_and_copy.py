# itertools.tee shares one generator between several consumers (Hamming
# numbers whose merge reads its own output); a generator cannot be copied.
import copy
from itertools import tee

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

def hamming():
    def numbers():
        yield 1
        yield from merge(scaled(2, by2), merge(scaled(3, by3), scaled(5, by5)))
    by2, by3, by5, result = tee(numbers(), 4)
    return result

h = hamming()
for _ in range(3):
    print([next(h) for _ in range(12)])

def gen():
    yield 1

for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
# expect: [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16]
# expect: [18, 20, 24, 25, 27, 30, 32, 36, 40, 45, 48, 50]
# expect: [54, 60, 64, 72, 75, 80, 81, 90, 96, 100, 108, 120]
# expect: copy TypeError: cannot pickle 'generator' object
# expect: deepcopy TypeError: cannot pickle 'generator' object
