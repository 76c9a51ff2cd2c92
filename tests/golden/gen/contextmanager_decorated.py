# @contextmanager as a decorator, with a functools.wraps locking decorator, a
# property setter and a generator __iter__: decorators and generators together.
from contextlib import contextmanager
import functools, threading

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('b') as t:
    print('inside', t)

def locked(lock):
    def deco(f):
        @functools.wraps(f)
        def w(*a):
            with lock:
                return f(*a)
        return w
    return deco

L = threading.Lock()
@locked(L)
def gen_squares(n):
    """doc"""
    return list(x * x for x in range(n))
print(gen_squares(5), gen_squares.__name__, gen_squares.__doc__)

class Counter:
    def __init__(self): self._n = 0
    @property
    def n(self): return self._n
    @n.setter
    def n(self, v): self._n = v
    def __iter__(self):
        for i in range(self._n):
            yield i
c = Counter(); c.n = 3
print(list(c), sum(c))
try:
    with tag('x'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

# expect: <b>
# expect: inside B
# expect: </b>
# expect: [0, 1, 4, 9, 16] gen_squares doc
# expect: [0, 1, 2] 3
# expect: <x>
# expect: </x>
# expect: caught boom
