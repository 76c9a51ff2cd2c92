# Function annotations are evaluated when the def runs (after the
# decorator expressions and defaults, in CPython's order) and kept in
# __annotations__, which functools.wraps copies and singledispatch reads.
def f(a: int, b: 'str' = 'x', /, c: float = 1.0, *args: tuple, d: list, e=2, **kw: dict) -> bool:
    pass
print(f.__annotations__)
def g(x, y): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'x': 1}
print(g.__annotations__)
order = []
def t(n): order.append(n); return n
def deco(fn): order.append('deco'); return fn
@deco
def h(p: t('ann p') = t('default'), *, q: t('ann q') = t('kwdefault')) -> t('ret'):
    pass
print(order, h.__annotations__)
def outer():
    T = int
    def inner(x: T) -> T: return x
    return inner
print(outer().__annotations__)
from functools import singledispatch, wraps
@singledispatch
def show(x): return 'object'
@show.register
def _(x: list): return 'list of %d' % len(x)
@show.register
def _(x: int): return 'int %d' % x
print(show([1]), show(3), show('s'))
def w(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@w
def k(a: int) -> str: return str(a)
print(k.__annotations__)
print((lambda x: x).__annotations__)
# expect: {'c': <class 'float'>, 'a': <class 'int'>, 'b': 'str', 'args': <class 'tuple'>, 'd': <class 'list'>, 'kw': <class 'dict'>, 'return': <class 'bool'>}
# expect: {} True
# expect: {'x': 1}
# expect: ['default', 'kwdefault', 'ann p', 'ann q', 'ret', 'deco'] {'p': 'ann p', 'q': 'ann q', 'return': 'ret'}
# expect: {'x': <class 'int'>, 'return': <class 'int'>}
# expect: list of 1 int 3 object
# expect: {'a': <class 'int'>, 'return': <class 'str'>}
# expect: {}
