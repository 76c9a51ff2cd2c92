# A built-in function stored in a class does not bind as a method (CPython's
# builtins are not descriptors): e.g. logging.Formatter.converter = time.gmtime.
import math


class Clock:
    convert = math.floor
    size = len

    def __init__(self):
        self.absolute = abs


c = Clock()
print(c.convert(2.5), Clock.convert(-0.5))
print(c.size([1, 2, 3]), Clock.size('ab'), c.absolute(-4))
print(Clock.__dict__['size'] is len)
# methods of built-in types still bind
append = [].append
print(type(append).__name__, str.upper('x'), 'y'.upper())

# expect: 2 -1
# expect: 3 2 4
# expect: True
# expect: builtin_function_or_method X Y
