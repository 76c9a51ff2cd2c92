# namedtuple: fields, defaults, _make/_asdict/_replace/_fields, rename,
# tuple behaviour, the errors and reprs.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], len(p), p == (11, 22), hash(p) == hash((11, 22)))
x, y = p
print(x, y, p._asdict(), p._replace(x=100), Point._make([1, 2]), Point._fields)
print(Point.__doc__, Point.x.__doc__, Point.__name__, type(p).__module__)
print(sorted([Point(2, 1), Point(1, 9), Point(1, 2)]), max(Point(3, 0), Point(2, 5)))
print(p + (33,), p * 2, p.count(11), p.index(22), isinstance(p, tuple), tuple(p))

Employee = namedtuple('Employee', 'name, dept salary', defaults=[50000])
e = Employee('Ann', 'eng')
print(e, Employee._field_defaults, e._replace(salary=70000))
Rec = namedtuple('Rec', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(Rec._fields, Rec(1, 2, 3, 4, 5))
Single = namedtuple('Single', 'only')
print(Single(1), Single.__doc__)

for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
            lambda: Point(1, x=2), lambda: Employee(), lambda: Point._make([1]),
            lambda: p._replace(z=0), lambda: namedtuple('T', 'a a'),
            lambda: namedtuple('T', 'a class'), lambda: namedtuple('T', '_a'),
            lambda: namedtuple('2T', 'a'), lambda: namedtuple('T', 'a', defaults=[1, 2])):
    try:
        print(bad())
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ':', err)
try:
    p.x = 5
except AttributeError as err:
    print('AttributeError:', err)
try:
    p.z = 5
except AttributeError as err:
    print('AttributeError:', err)


class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = Point3(1, -2, 3)
print(q, q.norm1(), q._replace(z=0))

# expect: Point(x=11, y=22) 33 11 2 True True
# expect: 11 22 {'x': 11, 'y': 22} Point(x=100, y=22) Point(x=1, y=2) ('x', 'y')
# expect: Point(x, y) Alias for field number 0 Point __main__
# expect: [Point(x=1, y=2), Point(x=1, y=9), Point(x=2, y=1)] Point(x=3, y=0)
# expect: (11, 22, 33) (11, 22, 11, 22) 1 1 True (11, 22)
# expect: Employee(name='Ann', dept='eng', salary=50000) {'salary': 50000} Employee(name='Ann', dept='eng', salary=70000)
# expect: ('abc', '_1', 'ghi', '_3', '_4') Rec(abc=1, _1=2, ghi=3, _3=4, _4=5)
# expect: Single(only=1) Single(only,)
# expect: TypeError: Point.__new__() missing 1 required positional argument: 'y'
# expect: TypeError: Point.__new__() takes 3 positional arguments but 4 were given
# expect: TypeError: Point.__new__() got an unexpected keyword argument 'z'
# expect: TypeError: Point.__new__() got multiple values for argument 'x'
# expect: TypeError: Employee.__new__() missing 2 required positional arguments: 'name' and 'dept'
# expect: TypeError: Expected 2 arguments, got 1
# expect: ValueError: Got unexpected field names: ['z']
# expect: ValueError: Encountered duplicate field name: 'a'
# expect: ValueError: Type names and field names cannot be a keyword: 'class'
# expect: ValueError: Field names cannot start with an underscore: '_a'
# expect: ValueError: Type names and field names must be valid identifiers: '2T'
# expect: TypeError: Got more default values than field names
# expect: AttributeError: can't set attribute
# expect: AttributeError: 'Point' object has no attribute 'z'
# expect: Point3(x=1, y=-2, z=3) 6 Point3(x=1, y=-2, z=0)
