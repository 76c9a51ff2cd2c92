# Decorators that set attributes, stacked and dotted, with the argument
# forms of ordinary calls (*args, **kwargs, trailing comma).
def funcattrs(**kwds):
    def decorate(func):
        func.__dict__.update(kwds)
        return func
    return decorate


class Misc:
    @staticmethod
    def author(name):
        def decorate(func):
            func.__dict__['author'] = name
            return func
        return decorate


class C:
    @funcattrs(abc=1, xyz='haha')
    @funcattrs(booh=42)
    def foo(self):
        return 42


print(C().foo(), C.foo.abc, C.foo.xyz, C.foo.booh, sorted(C.foo.__dict__))
misc = Misc()


@misc.author('Cleese')
def spam():
    return 'spam'


print(spam(), spam.author)


def noteargs(*args, **kwds):
    def decorate(func):
        func.dbval = (args, kwds)
        return func
    return decorate


args = ('Now', 'is', 'the', 'time')
kwds = dict(one=1, two=2)


@noteargs(*args, **kwds)
def f1(): return 42


@noteargs('terry', 'gilliam', eric='idle', john='cleese')
def f2(): return 84


@noteargs(1, 2,)
def f3(): pass


print(f1(), f1.dbval == (args, kwds), f1.dbval)
print(f2(), f2.dbval)
print(f3.dbval)
# expect: 42 1 haha 42 ['abc', 'booh', 'xyz']
# expect: spam Cleese
# expect: 42 True (('Now', 'is', 'the', 'time'), {'one': 1, 'two': 2})
# expect: 84 (('terry', 'gilliam'), {'eric': 'idle', 'john': 'cleese'})
# expect: ((1, 2), {})
