# Enum: members are singletons with name and value; repr/str/format as
# CPython 3.11; lookup by value (Color(1)) and by name (Color['RED']);
# iteration in definition order without aliases; members cannot be
# reassigned or deleted; an enum with members cannot be extended.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), f'{Color.GREEN}', '%s' % Color.BLUE, format(Color.RED, '>12') + '|')
print(Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color), Color.RED in Color, Color, type(Color), type(Color.RED))
print(Color.__members__)
print(list(Color.__members__), [m.name for m in reversed(Color)])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(Color.RED))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'stop'}[Color.CRIMSON], isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.GREEN
except AttributeError as e:
    print('AttributeError:', e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)


class State(Enum):
    IDLE = 'idle'
    RUNNING = 'running'

    def describe(self):
        return 'the worker is ' + self.value

    @property
    def busy(self):
        return self is State.RUNNING

    @classmethod
    def initial(cls):
        return cls.IDLE


print(State.initial(), State.RUNNING.describe(), State.RUNNING.busy, State.IDLE.busy, list(State))
# expect: <Color.RED: 1> Color.RED Color.GREEN Color.BLUE    Color.RED|
# expect: RED 1 Color.GREEN Color.BLUE True RED
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 True <enum 'Color'> <class 'enum.EnumType'> <enum 'Color'>
# expect: {'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'BLUE': <Color.BLUE: 3>, 'CRIMSON': <Color.RED: 1>}
# expect: ['RED', 'GREEN', 'BLUE', 'CRIMSON'] ['BLUE', 'GREEN', 'RED']
# expect: True False True True
# expect: True stop True
# expect: ValueError: 7 is not a valid Color
# expect: KeyError: 'PURPLE'
# expect: AttributeError: cannot reassign member 'RED'
# expect: AttributeError: 'Color' cannot delete member 'GREEN'.
# expect: TypeError: <enum 'MoreColor'> cannot extend <enum 'Color'>
# expect: TypeError: '<' not supported between instances of 'Color' and 'Color'
# expect: State.IDLE the worker is running True False [<State.IDLE: 'idle'>, <State.RUNNING: 'running'>]
