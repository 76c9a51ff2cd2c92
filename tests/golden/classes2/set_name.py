# __set_name__ is called on each class attribute that defines it, with the
# owner class and the attribute name, in definition order; an error in it
# becomes a RuntimeError naming the attribute, caused by the original.
class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Point:
    x = Field(0)
    y = Field(0)


p = Point()
p.x = 3
print(p.x, p.y, Point.x.name, vars(p))


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError('no names for ' + name)


try:
    class Holder:
        thing = Broken()
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', repr(e.__cause__))


class Late:
    def __set_name__(self, owner, name):
        print('never for late attributes')


class K:
    pass


K.late = Late()
print('late attribute set without __set_name__')
# expect: set_name Point x
# expect: set_name Point y
# expect: 3 0 _x {'_x': 3}
# expect: RuntimeError: Error calling __set_name__ on 'Broken' instance 'thing' in 'Holder'
# expect: cause: ValueError('no names for thing')
# expect: late attribute set without __set_name__
