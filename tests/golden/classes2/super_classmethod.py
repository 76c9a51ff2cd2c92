# super() in classmethods binds the class the method was called on, so
# alternative constructors and class-level hooks chain correctly through
# subclasses; super(Cls, cls) is the explicit form.
class Base:
    created = []

    @classmethod
    def create(cls, *args):
        Base.created.append(cls.__name__)
        return cls(*args)

    @classmethod
    def describe(cls):
        return 'Base sees ' + cls.__name__

    def __init__(self, value=0):
        self.value = value


class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.tagged = True
        return obj

    @classmethod
    def describe(cls):
        return 'Child -> ' + super().describe()


class GrandChild(Child):
    @classmethod
    def describe(cls):
        return 'GrandChild -> ' + super(GrandChild, cls).describe()


g = GrandChild.create(5)
print(type(g).__name__, g.value, g.tagged, Base.created)
print(GrandChild.describe())
print(Child.describe(), Base.describe())
print(g.describe(), Child().describe())


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


class SubCounter(Counter):
    @classmethod
    def bump(cls):
        return super().bump() * 100


print(SubCounter.bump(), SubCounter.count, Counter.count, Counter.bump())


class Shape:
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides

    @staticmethod
    def helper():
        return 'static helper'


class Triangle(Shape, sides=3):
    @classmethod
    def info(cls):
        return '%s has %d sides; %s' % (cls.__name__, cls.sides, super().helper())


print(Triangle.info())
# expect: GrandChild 5 True ['GrandChild']
# expect: GrandChild -> Child -> Base sees GrandChild
# expect: Child -> Base sees Child Base sees Base
# expect: GrandChild -> Child -> Base sees GrandChild Child -> Base sees Child
# expect: 100 1 0 1
# expect: Triangle has 3 sides; static helper
