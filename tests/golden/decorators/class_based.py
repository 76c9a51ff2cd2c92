# A class used as a decorator: __call__ runs each call; to decorate methods
# it must also be a descriptor (__get__) so that the instance is bound.
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)


@CountCalls
def hello(name):
    "Say hello."
    return 'hello ' + name


print(hello('a'), hello('b'), hello.calls, hello.__name__, hello.__doc__, type(hello).__name__)


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    @CountCalls
    def greet(self, name):
        return '%s, %s' % (self.greeting, name)


g = Greeter('hi')
print(g.greet('x'), Greeter('yo').greet('y'), Greeter.greet.calls, Greeter.greet.__wrapped__.__name__)


class Retry:
    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print('attempt', attempt, 'failed:', e)
            raise RuntimeError('gave up after %d attempts' % self.times)
        return wrapper


state = {'n': 0}


@Retry(times=3)
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError('not yet')
    return 'ok on try %d' % state['n']


print(flaky())


@Retry(2)
def never():
    raise ValueError('never works')


try:
    never()
except RuntimeError as e:
    print('RuntimeError:', e)
# expect: hello a hello b 2 hello Say hello. CountCalls
# expect: hi, x yo, y 2 greet
# expect: attempt 1 failed: not yet
# expect: attempt 2 failed: not yet
# expect: ok on try 3
# expect: attempt 1 failed: never works
# expect: attempt 2 failed: never works
# expect: RuntimeError: gave up after 2 attempts
