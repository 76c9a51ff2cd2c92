# staticmethod and classmethod applied last, over other decorators (the
# order matters: they must be outermost), a classmethod of a bound method,
# and attributes set by inner decorators surviving on __func__.
def funcattrs(**kwds):
    def decorate(func):
        func.__dict__.update(kwds)
        return func
    return decorate


class C:
    @staticmethod
    @funcattrs(abc=1)
    def foo():
        return 42

    @classmethod
    @funcattrs(kind='factory')
    def make(cls):
        return cls.__name__


print(C.foo(), C().foo(), C.foo.abc, C.__dict__['foo'].__func__.abc)
print(C.make(), C().make(), C.make.kind, C.__dict__['make'].__func__.kind)


class A:
    def foo(self, cls):
        return 'spam from %s' % cls.__name__


class B:
    bar = classmethod(A().foo)


print(B.bar(), B().bar())


def noisy(func):
    def wrapper(*args):
        return 'noisy ' + func(*args)
    return wrapper


class D:
    @staticmethod
    @noisy
    def s(x):
        return 'static %s' % x

    @classmethod
    @noisy
    def c(cls, x):
        return 'class %s %s' % (cls.__name__, x)


class E(D):
    pass


print(D.s(1), E.c(2), E().c(3))
# expect: 42 42 1 1
# expect: C C factory factory
# expect: spam from B spam from B
# expect: noisy static 1 noisy class E 2 noisy class E 3
