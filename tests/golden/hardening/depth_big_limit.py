# python3: skip — with the recursion limit raised to 10**9, CPython 3.11
# crashes (SIGSEGV) on every deep C recursion below; gilsim's C stack guard
# raises RecursionError instead, on the main thread and on others.
# Python-to-Python calls use no C stack: they go as deep as memory allows.
import sys, threading, multiprocessing

sys.setrecursionlimit(10**9)

def nest_list(n):
    a = []
    x = a
    for i in range(n):
        y = []
        x.append(y)
        x = y
    return a

def nest_tuple(n):
    a = int
    for i in range(n):
        a = (a,)
    return a

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return "Node(%r)" % (self.nxt,)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

def key_recursion(n):
    return 0 if n == 0 else sorted([1], key=lambda v: key_recursion(n - 1))[0]

def attempt(label, f):
    try:
        r = f()
        print(label, r)
    except RecursionError as e:
        print(label, "RecursionError:", e)

def work(where):
    print(where)
    a, b = nest_list(300000), nest_list(300000)
    t = nest_tuple(300000)
    n = None
    for i in range(300000):
        n = Node(n)
    attempt("python recursion", lambda: count(100000))
    attempt("==", lambda: a == b)
    attempt("repr", lambda: len(repr(a)))
    attempt("hash", lambda: hash(t))
    attempt("isinstance", lambda: isinstance(1, t))
    attempt("iterators", lambda: next(nest_iter(300000)))
    attempt("__repr__", lambda: len(repr(n)))
    attempt("sorted key", lambda: key_recursion(100000))
    attempt("pickle", lambda: multiprocessing.SimpleQueue().put(a))

def nest_iter(n):
    it = iter([1])
    for i in range(n):
        it = map(abs, it)
    return it

if __name__ == "__main__":
    work("main thread")
    th = threading.Thread(target=work, args=("another thread",))
    th.start()
    th.join()

# expect: main thread
# expect: python recursion 100000
# expect: == RecursionError: maximum recursion depth exceeded in comparison
# expect: repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: hash RecursionError: maximum recursion depth exceeded while getting the hash of an object
# expect: isinstance RecursionError: maximum recursion depth exceeded in __instancecheck__
# expect: iterators RecursionError: maximum recursion depth exceeded while iterating
# expect: __repr__ RecursionError: maximum recursion depth exceeded while calling a Python object
# expect: sorted key RecursionError: maximum recursion depth exceeded while calling a Python object
# expect: pickle RecursionError: maximum recursion depth exceeded while pickling an object
# expect: another thread
# expect: python recursion 100000
# expect: == RecursionError: maximum recursion depth exceeded in comparison
# expect: repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: hash RecursionError: maximum recursion depth exceeded while getting the hash of an object
# expect: isinstance RecursionError: maximum recursion depth exceeded in __instancecheck__
# expect: iterators RecursionError: maximum recursion depth exceeded while iterating
# expect: __repr__ RecursionError: maximum recursion depth exceeded while calling a Python object
# expect: sorted key RecursionError: maximum recursion depth exceeded while calling a Python object
# expect: pickle RecursionError: maximum recursion depth exceeded while pickling an object
