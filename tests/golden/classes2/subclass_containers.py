# list, tuple, set and dict subclasses: overridden methods are called by
# Python code, super() reaches the built-in ones, tuple subclasses build
# their value in __new__, dict subclasses can define __missing__.
class LoudList(list):
    def append(self, x):
        print('append', x)
        super().append(x * 10)


ll = LoudList([1, 2])
ll.append(3)
print(ll, repr(ll), len(ll), type(ll).__name__, ll[1:], type(ll[1:]).__name__, ll + [0])


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def __repr__(self):
        return 'Pair%s' % tuple.__repr__(self)


p = Pair(1, 2)
print(p, p.first, len(p), isinstance(p, tuple), p == (1, 2), p + (3,), hash(p) == hash((1, 2)))


class Tags(set):
    def add(self, x):
        super().add(x.lower())


t = Tags()
t.add('A')
t.add('a')
print(t, type(t).__name__, Tags([1, 2]) | {3}, len(t))


class Defaulting(dict):
    def __missing__(self, key):
        return key * 2


d = Defaulting(a=1)
print(d['a'], d['zz'], d, 'zz' in d, d.get('zz'))


class Ordered(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        print('set', key)


o = Ordered()
o['k'] = 1
print(o, isinstance(o, dict))
# expect: append 3
# expect: [1, 2, 30] [1, 2, 30] 3 LoudList [2, 30] list [1, 2, 30, 0]
# expect: Pair(1, 2) 1 2 True True (1, 2, 3) True
# expect: Tags({'a'}) Tags {1, 2, 3} 1
# expect: 1 zzzz {'a': 1} False None
# expect: set k
# expect: {'k': 1} True
