# asdict/astuple recurse into nested dataclasses and containers;
# replace() makes a changed copy (refusing init=False fields);
# is_dataclass; KW_ONLY makes later fields keyword-only; InitVar passes an
# __init__ argument to __post_init__ without storing it; make_dataclass.
from dataclasses import (dataclass, field, asdict, astuple, replace, is_dataclass,
                         KW_ONLY, InitVar, make_dataclass, fields)


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Path:
    name: str
    points: list = field(default_factory=list)
    total: int = field(init=False, default=0)


path = Path('zigzag', [Point(0, 0), Point(1, 2)])
print(asdict(path))
print(astuple(path), astuple(Point(3, 4)))
d = asdict(path)
d['points'][0]['x'] = 99
print(path.points[0].x)
print(replace(Point(1, 2), y=5), is_dataclass(path), is_dataclass(Path), is_dataclass(dict))
try:
    replace(path, total=3)
except ValueError as e:
    print('ValueError:', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Options:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int


print(Options('x', level=3), Options.__doc__)
try:
    Options('x', 3)
except TypeError as e:
    print('TypeError:', e)
try:
    Options('x')
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.value *= factor


print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)])
Pair = make_dataclass('Pair', [('left', int), ('right', int, field(default=0))])
print(Pair(1), Pair(1, 2) == Pair(1, 2), [f.name for f in fields(Pair)])
# expect: {'name': 'zigzag', 'points': [{'x': 0, 'y': 0}, {'x': 1, 'y': 2}], 'total': 0}
# expect: ('zigzag', [(0, 0), (1, 2)], 0) (3, 4)
# expect: 0
# expect: Point(x=1, y=5) True True False
# expect: ValueError: field total is declared with init=False, it cannot be specified with replace()
# expect: TypeError: asdict() should be called on dataclass instances
# expect: Options(name='x', debug=False, level=3) Options(name: str, *, debug: bool = False, level: int)
# expect: TypeError: Options.__init__() takes 2 positional arguments but 3 were given
# expect: TypeError: Options.__init__() missing 1 required keyword-only argument: 'level'
# expect: Scaled(value=6) Scaled(value=30) ['value']
# expect: Pair(left=1, right=0) True ['left', 'right']
