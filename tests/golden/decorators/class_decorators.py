# Class decorators: applied bottom-up after the class is made, they can
# add attributes, register the class, or replace it.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def with_attrs(**attrs):
    def deco(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return deco


def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()))
        return '%s(%s)' % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.__wrapped__ = cls
    return get


@register
@with_attrs(version=2, tag='x')
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), Point.version, Point.tag, registry)


@singleton
class Config:
    def __init__(self, name):
        self.name = name


a = Config('first')
b = Config('second')
print(a is b, a.name, type(Config).__name__, Config.__wrapped__.__name__)
order = []


def trace(tag):
    order.append('evaluate ' + tag)

    def deco(cls):
        order.append('apply %s to %s' % (tag, cls.__name__))
        return cls
    return deco


@trace('top')
@trace('bottom')
class Traced:
    order.append('class body')


print(order)
# expect: Point(x=1, y=2) 2 x {'Point': <class '__main__.Point'>}
# expect: True first function Config
# expect: ['evaluate top', 'evaluate bottom', 'class body', 'apply bottom to Traced', 'apply top to Traced']
