# Bad calls of the class machinery fail with CPython's errors, never a crash:
# type.__new__/__call__/__init__ misuse, int/float __new__ with the wrong
# class, a metaclass that returns a non-class or is a plain function, deep
# and wide hierarchies, repeated bases, __set_name__ that edits the class,
# and clearing __abstractmethods__.
def attempt(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, str(e)[:70])
attempt(lambda: type.__new__(int, 'X', (), {}))
attempt(lambda: type.__new__(type, 'X', 5, {}))
attempt(lambda: type('X', (1,), {}))
attempt(lambda: type('X', (), 5))
attempt(lambda: type.__call__(5))
attempt(lambda: type.__setattr__(int, 'x', 1))
attempt(lambda: type.__init__(type, 1, 2))
attempt(lambda: int.__new__(str, 5))
attempt(lambda: int.__new__(5))
attempt(lambda: float.__new__(int, 1.0))
attempt(lambda: classmethod(1).__name__)
attempt(lambda: staticmethod(None).__doc__)
attempt(lambda: property(1).__isabstractmethod__)
attempt(lambda: repr(classmethod(len)))
class M(type):
    def __new__(m, *a): return 5
class K(metaclass=M): pass
print(K)
def f(*a, **k): return ('made', a[0], k)
class L(metaclass=f, x=1): pass
print(L)
class Deep: pass
for i in range(300):
    Deep = type('D%d' % i, (Deep,), {})
print(len(Deep.__mro__))
bases = tuple(type('B%d' % i, (), {}) for i in range(70))
Many = type('Many', bases, {})
print(len(Many.__mro__))
try:
    class Bad(*bases, bases[0]): pass
except TypeError as e: print(e)
class A: pass
class B(A): pass
try:
    type('Bad2', tuple([A] * 3 + [B]), {})
except TypeError as e: print(e)
class Meta2(type):
    def __call__(cls, *a): return 'nope'
class Q(metaclass=Meta2): pass
print(Q())
class SN:
    def __set_name__(self, o, n): del o.other
class Holder:
    other = 1
    a = SN()
print(hasattr(Holder, 'other'))
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
Ab.__abstractmethods__ = frozenset()
print(type(Ab()).__name__)
del Ab.__abstractmethods__
print(type(Ab()).__name__)
# expect: TypeError type.__new__(int): int is not a subtype of type
# expect: TypeError type.__new__() argument 2 must be tuple, not int
# expect: TypeError metaclass conflict: the metaclass of a derived class must be a (non-st
# expect: TypeError type.__new__() argument 3 must be dict, not int
# expect: TypeError descriptor '__call__' requires a 'type' object but received a 'int'
# expect: TypeError cannot set 'x' attribute of immutable type 'int'
# expect: TypeError type.__init__() takes 1 or 3 arguments
# expect: TypeError int.__new__(str): str is not a subtype of int
# expect: TypeError int.__new__(X): X is not a type object (int)
# expect: TypeError float.__new__(int): int is not a subtype of float
# expect: AttributeError 'classmethod' object has no attribute '__name__'
# expect: ok NoneType
# expect: ok bool
# expect: ok str
# expect: 5
# expect: ('made', 'L', {'x': 1})
# expect: 302
# expect: 72
# expect: duplicate base class B0
# expect: duplicate base class A
# expect: nope
# expect: False
# expect: Ab
# expect: Ab
