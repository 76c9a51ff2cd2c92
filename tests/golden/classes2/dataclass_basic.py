# @dataclass reads annotated fields in order and writes __init__, __repr__
# and __eq__; the __init__ rejects bad calls with CPython's messages; the
# docstring is the signature; eq without frozen makes instances unhashable.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5), Point(y=3, x=4))
print(Point.__init__.__qualname__, Point.__repr__.__name__, Point.__doc__, Point.__match_args__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
print(Point.__hash__, p == (1, 2))


@dataclass
class Point3(Point):
    z: int = 0
    label: str = 'origin'


q = Point3(1, 2, 3)
print(q, isinstance(q, Point), q == Point(1, 2), Point3.__doc__)


@dataclass(eq=False, repr=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), Plain(1).a, Plain.__repr__ is object.__repr__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom<%d>' % self.a


print(Custom(7), Custom(7) == Custom(7))


@dataclass
class Recursive:
    name: str
    friends: list


r = Recursive('r', [])
r.friends.append(r)
print(r)
# expect: Point(x=1, y=2) True True Point(x=5, y=0) Point(x=4, y=3)
# expect: Point.__init__ __repr__ Point(x: int, y: int = 0) ('x', 'y')
# expect: TypeError: Point.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError: Point.__init__() got an unexpected keyword argument 'z'
# expect: TypeError: Point.__init__() got multiple values for argument 'x'
# expect: None False
# expect: Point3(x=1, y=2, z=3, label='origin') True False Point3(x: int, y: int = 0, z: int = 0, label: str = 'origin')
# expect: False 1 True
# expect: Custom<7> True
# expect: Recursive(name='r', friends=[...])
