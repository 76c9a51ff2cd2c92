# functools.wraps copies __module__, __name__, __qualname__, __doc__ and
# __dict__ onto the wrapper and sets __wrapped__; without it the wrapper
# keeps its own names.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, len(args), kwargs)
        return func(*args, **kwargs)
    return wrapper


def bare(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def add(a, b=0):
    "Add two numbers."
    return a + b


add.unit = 'count'


@bare
def sub(a, b):
    "Subtract."
    return a - b


print(add(2, b=3), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(1, 1), add.unit)
print(sub.__name__, sub.__qualname__, sub.__doc__, hasattr(sub, '__wrapped__'))


class Service:
    @logged
    def ping(self, n):
        "Reply."
        return 'pong %d' % n


print(Service().ping(3), Service.ping.__qualname__, Service.ping.__doc__)


def source(x):
    "the original"
    return x


source.flag = True


def target(x):
    return -x


w = functools.update_wrapper(target, source)
print(w is target, target.__name__, target.__doc__, target.flag, target.__wrapped__ is source, target(4))


def layered(func):
    @functools.wraps(func)
    def inner(*a):
        return func(*a) * 2
    return inner


@layered
@layered
def one():
    return 1


print(one(), one.__name__, one.__wrapped__.__name__, one.__wrapped__.__wrapped__())
# expect: calling add 1 {'b': 3}
# expect: 5 add add Add two numbers. __main__
# expect: add 2 count
# expect: wrapper bare.<locals>.wrapper None False
# expect: calling ping 2 {}
# expect: pong 3 Service.ping Reply.
# expect: True source the original True True -4
# expect: 4 one one 1
