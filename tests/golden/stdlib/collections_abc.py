# collections.abc: isinstance/issubclass for the built-in types, structural
# checks (Iterable, Iterator, Sized, Callable), register(), the mixin
# methods of Mapping, Sequence and MutableSet, and abstract classes.
import collections.abc as abc
from collections import deque, OrderedDict, Counter, namedtuple
import itertools

names = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Sized', 'Container', 'Collection',
         'Callable', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence',
         'MutableSequence']
P = namedtuple('P', 'x')
for value in [[], (), {}, set(), frozenset(), 'ab', range(2), iter([]), deque(), OrderedDict(),
              Counter(), P(1), 5, None, len, lambda: 0, itertools.count(), map(str, [])]:
    print(type(value).__name__, [n for n in names if isinstance(value, getattr(abc, n))])
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(int, abc.Hashable))


class Fib:
    def __init__(self):
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        return self.a


print(isinstance(Fib(), abc.Iterator), isinstance(Fib(), abc.Sized), list(itertools.islice(Fib(), 6)))


class Record(abc.Mapping):
    def __init__(self, **fields):
        self._fields = fields

    def __getitem__(self, key):
        return self._fields[key]

    def __iter__(self):
        return iter(self._fields)

    def __len__(self):
        return len(self._fields)


r = Record(a=1, b=2)
print(r['a'], r.get('z', 0), 'b' in r, list(r.keys()), list(r.items()), list(r.values()))
print(r == {'a': 1, 'b': 2}, isinstance(r, abc.Mapping), isinstance(r, abc.MutableMapping), len(r.keys()))


class Squares(abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, sq.index(16), sq.count(4), list(reversed(sq)), isinstance(sq, abc.Reversible))


class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self._items = set(items)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)

    def add(self, x):
        self._items.add(x)

    def discard(self, x):
        self._items.discard(x)


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= Bag([1, 2, 3, 9]), a == Bag([3, 2, 1]))
a |= [7]
a -= [1]
print(list(a), a.isdisjoint([100]))


class Half(abc.Mapping):
    def __getitem__(self, key):
        return 1


for cls in (Half, abc.Sized, abc.MutableSequence):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)


class Legacy:
    pass


abc.Sequence.register(Legacy)
print(isinstance(Legacy(), abc.Sequence), isinstance(Legacy(), abc.Iterable), issubclass(Legacy, abc.Collection))

# expect: list ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence']
# expect: tuple ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence']
# expect: dict ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Mapping', 'MutableMapping']
# expect: set ['Iterable', 'Sized', 'Container', 'Collection', 'Set', 'MutableSet']
# expect: frozenset ['Hashable', 'Iterable', 'Sized', 'Container', 'Collection', 'Set']
# expect: str ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence']
# expect: range ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence']
# expect: list_iterator ['Hashable', 'Iterable', 'Iterator']
# expect: deque ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence']
# expect: OrderedDict ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Mapping', 'MutableMapping']
# expect: Counter ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Mapping', 'MutableMapping']
# expect: P ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence']
# expect: int ['Hashable']
# expect: NoneType ['Hashable']
# expect: builtin_function_or_method ['Hashable', 'Callable']
# expect: function ['Hashable', 'Callable']
# expect: count ['Hashable', 'Iterable', 'Iterator']
# expect: map ['Hashable', 'Iterable', 'Iterator']
# expect: True False True
# expect: True False [1, 1, 2, 3, 5, 8]
# expect: 1 0 True ['a', 'b'] [('a', 1), ('b', 2)] [1, 2]
# expect: True True False 2
# expect: [0, 1, 4, 9, 16] True 4 1 [16, 9, 4, 1, 0] True
# expect: [2, 3] [1, 2, 3, 4] [1] [1, 4] True True
# expect: [2, 3, 7] True
# expect: TypeError: Can't instantiate abstract class Half with abstract methods __iter__, __len__
# expect: TypeError: Can't instantiate abstract class Sized with abstract method __len__
# expect: TypeError: Can't instantiate abstract class MutableSequence with abstract methods __delitem__, __getitem__, __len__, __setitem__, insert
# expect: True True True
