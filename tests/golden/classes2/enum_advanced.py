# More Enum: tuple values passed to __init__ (the Planet example), a custom
# __new__ that sets _value_, _missing_ for lenient lookup, _ignore_, the
# functional API, and copying (members are kept, not copied).
import copy
from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.mass, Planet((5.976e+24, 6.37814e6)))


class Ordinal(Enum):
    def __new__(cls, label):
        member = object.__new__(cls)
        member._value_ = len(cls.__members__) + 1
        member.label = label
        return member

    FIRST = 'first'
    SECOND = 'second'


print(list(Ordinal), Ordinal(2).label, Ordinal.FIRST.value)


class Answer(Enum):
    YES = 'yes'
    NO = 'no'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Answer('YES'), Answer('No'))
try:
    Answer('maybe')
except ValueError as e:
    print('ValueError:', e)


class Period(Enum):
    _ignore_ = 'helper'
    helper = 'not a member'
    DAY = 1
    WEEK = 7


print(list(Period), hasattr(Period, 'helper'))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal, Animal(3))
Size = Enum('Size', [('S', 10), ('M', 20)])
print(list(Size), Size['M'].value)
Level = IntEnum('Level', 'LOW HIGH')
print(Level.HIGH + 0, repr(Level.LOW))
print(copy.copy(Planet.EARTH) is Planet.EARTH, copy.deepcopy([Answer.YES])[0] is Answer.YES)
# expect: (5.976e+24, 6378140.0) 9.8 3.303e+23 Planet.EARTH
# expect: [<Ordinal.FIRST: 1>, <Ordinal.SECOND: 2>] second 1
# expect: Answer.YES Answer.NO
# expect: ValueError: 'maybe' is not a valid Answer
# expect: [<Period.DAY: 1>, <Period.WEEK: 7>] False
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2 <enum 'Animal'> Animal.CAT
# expect: [<Size.S: 10>, <Size.M: 20>] 20
# expect: 2 <Level.LOW: 1>
# expect: True True
