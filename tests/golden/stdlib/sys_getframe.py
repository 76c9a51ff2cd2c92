# sys._getframe: the caller's code, line and callers (a snapshot);
# sys.exc_info and sys.exception: the exception being handled.
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return '%s:%d' % (f.f_code.co_name, f.f_lineno)


def outer():
    return inner()


def inner():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
    return where()


print(outer())


def here():
    return sys._getframe(0).f_code.co_name, sys._getframe(0).f_lineno


# a snapshot: f_lineno is the line that called _getframe (CPython's frame
# moves on; on the line of the call both agree)
print(here())
print(sys._getframe().f_globals is globals())
try:
    sys._getframe(50)
except ValueError as e:
    print('ValueError:', e)
try:
    sys._getframe(1.5)
except TypeError as e:
    print('TypeError:', e)

print(sys.exc_info(), sys.exception())


def current():
    t, v, tb = sys.exc_info()
    return t.__name__, str(v), tb is v.__traceback__


try:
    raise KeyError('outer')
except KeyError:
    print(current())
    try:
        raise ValueError('inner')
    except ValueError:
        print(current(), type(sys.exception()).__name__)
    print(current())
print(sys.exc_info())

# expect: ['inner', 'outer', '<module>']
# expect: inner:22
# expect: ('here', 29)
# expect: True
# expect: ValueError: call stack is not deep enough
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: (None, None, None) None
# expect: ('KeyError', "'outer'", True)
# expect: ('ValueError', 'inner', True) ValueError
# expect: ('KeyError', "'outer'", True)
# expect: (None, None, None)
