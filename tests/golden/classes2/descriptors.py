# The descriptor protocol: a data descriptor (with __set__) wins over the
# instance __dict__, a non-data descriptor (only __get__) loses to it;
# __set_name__ tells a descriptor its attribute name; __delete__.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.slot)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Item:
    name = Typed(str)
    qty = Typed(int)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    @Lazy
    def label(self):
        print('computing label')
        return '%s x%d' % (self.name, self.qty)


it = Item('bolt', 3)
print(it.name, it.qty, sorted(vars(it)), Item.name.name, type(Item.qty).__name__)
try:
    it.qty = 'many'
except TypeError as e:
    print('TypeError:', e)
it.__dict__['name'] = 'shadow'
print(it.name)
print(it.label, it.label, 'label' in vars(it))
it.__dict__['label'] = 'replaced'
print(it.label)
del it.qty
print(hasattr(it, '_qty'))
# expect: bolt 3 ['_name', '_qty'] name Typed
# expect: TypeError: qty must be int, not str
# expect: bolt
# expect: computing label
# expect: bolt x3 bolt x3 True
# expect: replaced
# expect: deleting qty
# expect: False
