# ABC and @abstractmethod: a class with abstract methods left cannot be
# instantiated (CPython 3.11's message lists them, sorted); a subclass that
# overrides them all can; abstract properties, classmethods and
# staticmethods count; ABCMeta works directly as a metaclass.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s: area %s, perimeter %s' % (type(self).__name__, self.area(), self.perimeter())


class HalfDone(Shape):
    def area(self):
        return 0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Square(1), Shape), issubclass(Square, ABC), Shape.area.__isabstractmethod__)


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


print(sorted(Plugin.__abstractmethods__))
try:
    Plugin()
except TypeError as e:
    print('TypeError:', e)


class Echo(Plugin):
    name = 'echo'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return '1.0'


print(Echo.create().name, Echo.version(), Echo.__abstractmethods__)
# expect: TypeError: Can't instantiate abstract class Shape with abstract methods area, perimeter
# expect: TypeError: Can't instantiate abstract class HalfDone with abstract method perimeter
# expect: Square: area 9, perimeter 12
# expect: ['area', 'perimeter'] ['perimeter'] frozenset()
# expect: ABCMeta True True True
# expect: ['create', 'name', 'version']
# expect: TypeError: Can't instantiate abstract class Plugin with abstract methods create, name, version
# expect: echo 1.0 frozenset()
