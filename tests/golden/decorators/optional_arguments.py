# A decorator usable both bare (@tagged) and with arguments
# (@tagged(label=...)), and one whose arguments are evaluated once at
# definition time while the wrapper runs at each call.
import functools


def tagged(func=None, *, label='default'):
    if func is None:
        return functools.partial(tagged, label=label)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return '[%s] %s' % (label, func(*args, **kwargs))
    return wrapper


@tagged
def a():
    return 'plain'


@tagged(label='custom')
def b():
    return 'configured'


print(a(), b(), a.__name__, b.__name__)
evaluations = []


def prefix():
    evaluations.append('prefix evaluated')
    return '>> '


def with_prefix(p):
    def deco(func):
        def wrapper(x):
            return p + func(x)
        return wrapper
    return deco


@with_prefix(prefix())
def echo(x):
    return str(x)


print(echo(1), echo(2), evaluations)


def validate(**checks):
    def deco(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for name, check in checks.items():
                if not check(kwargs[name]):
                    raise ValueError('%s=%r fails %s' % (name, kwargs[name], check.__name__))
            return func(**kwargs)
        return wrapper
    return deco


def positive(x):
    return x > 0


@validate(n=positive)
def repeat(n, text):
    return text * n


print(repeat(n=2, text='ab'))
try:
    repeat(n=0, text='x')
except ValueError as e:
    print('ValueError:', e)
# expect: [default] plain [custom] configured a b
# expect: >> 1 >> 2 ['prefix evaluated']
# expect: abab
# expect: ValueError: n=0 fails positive
