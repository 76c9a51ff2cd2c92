# __class_getitem__ is an implicit classmethod: Cls[item] calls it; a class
# without it is not subscriptable; the built-in generic classes give a
# types.GenericAlias (its repr, __origin__, __args__, calling it makes the
# origin's instance), which dataclasses print in their signature.
class Registry:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, item if isinstance(item, str) else item.__name__)


class Sub(Registry):
    pass


print(Registry[int], Sub['key'], type(Registry.__dict__['__class_getitem__']).__name__)


class Typed:
    types = {}

    def __class_getitem__(cls, item):
        if item not in cls.types:
            cls.types[item] = type('%s_%s' % (cls.__name__, item.__name__), (cls,), {'item': item})
        return cls.types[item]


IntBox = Typed[int]
print(IntBox.__name__, IntBox.item, Typed[int] is IntBox, issubclass(IntBox, Typed))
try:
    object()['x']
except TypeError as e:
    print('TypeError:', e)
try:
    class Plain:
        pass
    Plain[int]
except TypeError as e:
    print('TypeError:', e)
import collections
from dataclasses import dataclass, field
print(list[int], dict[str, int], tuple[int, ...], tuple[()], list[list[int]], type(list[int]))
print(list[int](), dict[str, int](a=1), list[int].__origin__, list[int].__args__)
print(list[int] == list[int], list[int] != list[str], collections.deque[int], hash(set[int]) == hash(set[int]))


@dataclass
class Inventory:
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


print(Inventory.__doc__, Inventory())
# expect: Registry[int] Sub[key] classmethod
# expect: Typed_int <class 'int'> True True
# expect: TypeError: 'object' object is not subscriptable
# expect: TypeError: type 'Plain' is not subscriptable
# expect: list[int] dict[str, int] tuple[int, ...] tuple[()] list[list[int]] <class 'types.GenericAlias'>
# expect: [] {'a': 1} <class 'list'> (<class 'int'>,)
# expect: True True collections.deque[int] True
# expect: Inventory(items: list[str] = <factory>, counts: dict[str, int] = <factory>) Inventory(items=[], counts={})
