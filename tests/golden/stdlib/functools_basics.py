# functools: partial, reduce, wraps, total_ordering, cmp_to_key,
# cached_property and singledispatch, applied without decorator syntax.
import functools
import threading


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
print(repr(functools.partial(power, 2)).startswith('functools.partial(<function power at '))
two_to = functools.partial(power, 2)
print(two_to(10), functools.partial(two_to, 3)(), functools.partial(two_to, 3).args)
t = threading.Thread(target=functools.partial(print, 'thread', 'target', sep='+'))
t.start()
t.join()
print(functools.reduce(lambda acc, v: acc * v, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print('TypeError:', e)


def logged(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return functools.wraps(fn)(wrapper)


def add(a, b):
    """Adds two numbers."""
    return a + b


add = logged(add)
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


Version = functools.total_ordering(Version)
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a, sorted([b, a, Version(0, 9)]))

words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words, key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))


class Dataset:
    def __init__(self, values):
        self.values = values

    def mean(self):
        print('computing mean')
        return sum(self.values) / len(self.values)

    mean = functools.cached_property(mean)


ds = Dataset([1, 2, 3, 4])
print(ds.mean, ds.mean, 'mean' in ds.__dict__)
del ds.mean
print(ds.mean)


def describe(obj):
    return 'something: %r' % (obj,)


describe = functools.singledispatch(describe)
describe.register(int, lambda n: 'an int, %d' % n)
describe.register(list)(lambda l: 'a list of %d' % len(l))
print(describe(3), describe(True), describe([1, 2]), describe('s'), describe(2.5))

# expect: 25 8 True () {'exponent': 2}
# expect: True
# expect: 1024 8 (2, 3)
# expect: thread+target
# expect: 120 9
# expect: TypeError: reduce() of empty iterable with no initial value
# expect: calling add
# expect: 5 add Adds two numbers. 2
# expect: True True False False True [v0.9, v1.2, v1.10]
# expect: ['Apple', 'apple', 'banana', 'cherry']
# expect: computing mean
# expect: 2.5 2.5 True
# expect: computing mean
# expect: 2.5
# expect: an int, 3 an int, 1 a list of 2 something: 's' something: 2.5
