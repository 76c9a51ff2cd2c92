# __class_getitem__ is an implicit classmethod: Cls[item] calls it; the
# a class without it is not subscriptable.
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
# expect: Registry[int] Sub[key] classmethod
# expect: Typed_int <class 'int'> True True
# expect: TypeError: 'object' object is not subscriptable
# expect: TypeError: type 'Plain' is not subscriptable
