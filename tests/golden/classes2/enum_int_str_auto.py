# auto() numbers members from 1 (continuing after explicit values); IntEnum
# members are ints (arithmetic, comparison, str() gives the number);
# StrEnum members are strs and auto() gives the lower-cased name; @unique
# refuses aliases.
from enum import Enum, IntEnum, StrEnum, auto, unique


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step), Step.ELEVENTH.value)


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print(repr(Priority.LOW), str(Priority.HIGH), f'{Priority.MEDIUM}', Priority.LOW + 1, Priority.HIGH * 10)
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, sorted([Priority.HIGH, 1, Priority.MEDIUM]))
print(Priority(3), isinstance(Priority.LOW, int), isinstance(Priority.LOW, Enum), issubclass(Priority, Enum))
print(['a', 'b', 'c', 'd'][Priority.HIGH], int(Priority.MEDIUM), hash(Priority.LOW) == hash(1), max(Priority))


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(repr(Mode.READ), str(Mode.READ), Mode.WRITE == 'w', Mode('w'), Mode.READ.upper(), f'[{Mode.WRITE}]')
print(isinstance(Mode.READ, str), '+'.join(Mode), Mode.READ.value, Mode.WRITE.name)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)
try:
    @unique
    class Dupes(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
# expect: [<Step.FIRST: 1>, <Step.SECOND: 2>, <Step.TENTH: 10>, <Step.ELEVENTH: 11>] 11
# expect: <Priority.LOW: 1> 3 2 2 30
# expect: True True [1, <Priority.MEDIUM: 2>, <Priority.HIGH: 3>]
# expect: 3 True True True
# expect: d 2 True 3
# expect: <Mode.READ: 'read'> read True w READ [w]
# expect: True read+w read WRITE
# expect: TypeError: 1 is not a string
# expect: ValueError: duplicate values found in <enum 'Dupes'>: B -> A, D -> C
# expect: [<Fine.A: 1>, <Fine.B: 2>]
