# A MemoryError can be caught, and the program goes on: what failed was not
# allocated, or is garbage once the handler drops it.
# args: --max-memory=16M
# python3: skip
import math

def attempt(name, f):
    try:
        f()
        print(name, "fit")
    except MemoryError as e:
        print(name, "MemoryError", repr(e))

def chain():
    head = None
    while True:
        head = (head, 1)

def grow():
    x = []
    while True:
        x.append([0] * 1000)

def square():
    x = 3
    while True:
        x = x * x

def recurse(n):
    return recurse(n + 1)

import sys
sys.setrecursionlimit(10**9)
attempt("list(zip)", lambda: list(zip(range(10**7))))
attempt("dict.fromkeys", lambda: dict.fromkeys(range(10**7)))
attempt("set", lambda: set(range(10**7)))
attempt("sorted", lambda: sorted(range(10**7)))
attempt("list * n", lambda: [0] * 10**9)
attempt("str * n", lambda: 'a' * 10**10)
attempt("pow", lambda: 7 ** (10**9))
attempt("shift", lambda: 1 << 10**10)
attempt("factorial", lambda: math.factorial(10**7))
attempt("x * x", square)
attempt("append", grow)
attempt("tuples", chain)
attempt("recursion", lambda: recurse(0))
attempt("small list", lambda: [0] * 1000)
for i in range(3):
    attempt("tuples again", chain)
big = [0] * (10**6)
print(len(big), sum(range(10)))
# expect: list(zip) MemoryError MemoryError()
# expect: dict.fromkeys MemoryError MemoryError()
# expect: set MemoryError MemoryError()
# expect: sorted MemoryError MemoryError()
# expect: list * n MemoryError MemoryError()
# expect: str * n MemoryError MemoryError()
# expect: pow MemoryError MemoryError()
# expect: shift MemoryError MemoryError()
# expect: factorial MemoryError MemoryError()
# expect: x * x MemoryError MemoryError()
# expect: append MemoryError MemoryError()
# expect: tuples MemoryError MemoryError()
# expect: recursion MemoryError MemoryError()
# expect: small list fit
# expect: tuples again MemoryError MemoryError()
# expect: tuples again MemoryError MemoryError()
# expect: tuples again MemoryError MemoryError()
# expect: 1000000 45
