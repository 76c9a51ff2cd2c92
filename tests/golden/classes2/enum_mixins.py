# Enums mixed with a data type: (str, Enum) members are strs whose str()
# is still 'Cls.NAME' (only StrEnum and IntEnum print their value, being
# ReprEnums); IntEnum is (int, ReprEnum) with int's hash; print() of a
# str subclass calls its __str__.
from enum import Enum, IntEnum, ReprEnum


class Colour(str, Enum):
    RED = 'r'
    GREEN = 'g'


print(repr(Colour.RED), str(Colour.RED), f'{Colour.GREEN}', Colour.RED == 'r', Colour('g'))
print(Colour.RED.upper(), Colour.RED + '!', [k.__name__ for k in Colour.__mro__])


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print([k.__name__ for k in Level.__mro__], hash(Level.LOW) == hash(1), issubclass(Level, ReprEnum))


class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3


print(repr(Ratio.HALF), Ratio.HALF * 4, str(Ratio.THIRD), Ratio(0.5) is Ratio.HALF)


class Shout(str):
    def __str__(self):
        return self.upper() + '!'


print(Shout('hey'), 'x', Shout('you'), sep='-')
print('%s' % Shout('pct'), '{}'.format(Shout('fmt')), str(Shout('s')))
# expect: <Colour.RED: 'r'> Colour.RED Colour.GREEN True Colour.GREEN
# expect: R r! ['Colour', 'str', 'Enum', 'object']
# expect: ['Level', 'IntEnum', 'int', 'ReprEnum', 'Enum', 'object'] True True
# expect: <Ratio.HALF: 0.5> 2.0 Ratio.THIRD True
# expect: HEY!-x-YOU!
# expect: PCT! FMT! S!
