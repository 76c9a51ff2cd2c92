# Mixin classes: dunders and methods from a mixin reach instances of a
# class whose other base is a built-in type (dict, int, Exception) or
# threading.Thread; the mixin's __repr__/__len__/__eq__ win over the
# built-in's because they come first in the MRO.
import threading


class ReprMixin:
    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, sorted(vars(self).items()))


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))


class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), len({Point(1, 2), Point(1, 2)}))


class CountingMixin:
    def __len__(self):
        return 1000


class BigDict(CountingMixin, dict):
    pass


bd = BigDict(a=1)
print(len(bd), bd['a'], isinstance(bd, dict), [k.__name__ for k in BigDict.__mro__])


class JsonMixin:
    def describe(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))


class AppError(JsonMixin, Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code


try:
    raise AppError(7)
except Exception as e:
    print(e, e.describe(), isinstance(e, JsonMixin), type(e).__mro__[1].__name__)


class LabelMixin:
    def label(self):
        return 'thread ' + self.name


class Worker(LabelMixin, threading.Thread):
    def run(self):
        print('running', self.label())


w = Worker(name='w1')
w.start()
w.join()


class Doubling:
    def __add__(self, other):
        return 'mixin add'


class Num(Doubling, int):
    pass


print(Num(2) + 3, int(Num(2)) + 3)
print([n for n in dir(Worker) if n in ('label', 'run', 'start')], 'describe' in dir(AppError(1)))
# expect: <Point [('x', 1), ('y', 2)]> True True 1
# expect: 1000 1 True ['BigDict', 'CountingMixin', 'dict', 'object']
# expect: code 7 AppError(code=7) True JsonMixin
# expect: running thread w1
# expect: mixin add 5
# expect: ['label', 'run', 'start'] True
