# A metaclass (a subclass of type) makes classes: its __new__ sees the
# namespace and the class keywords, its __call__ runs when the class is
# called, and its dunders (__iter__, __len__, __repr__) apply to classes.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print('calling', cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith('_')))

    def __len__(cls):
        return len(list(iter(cls)))

    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__


class Record(metaclass=Meta, flag=1):
    def __init__(self, value):
        self.value = value

    def show(self):
        return 'Record(%r)' % self.value


r = Record(5)
print(r.value, r.show(), type(Record), list(Record), len(Record), Record)
print(isinstance(Record, Meta), isinstance(Record, type), type(r).__name__, Record.options)


class Child(Record):
    extra = 1


print(type(Child), Child(7).value, list(Child), Child.options)
print(Meta.__mro__, issubclass(Meta, type))


class M1(type):
    pass


class M2(type):
    pass


class P(metaclass=M1):
    pass


try:
    class Q(P, metaclass=M2):
        pass
except TypeError as e:
    print('TypeError:', e)


class M3(M1):
    pass


class R(P, metaclass=M3):
    pass


print(type(R).__name__)
Dyn = M1('Dyn', (P,), {'z': 26})
print(Dyn.z, type(Dyn).__name__, Dyn.__module__, type('Plain', (), {}))
# expect: Meta.__new__ Meta Record ['show'] {'flag': 1}
# expect: Meta.__init__ Record
# expect: calling Record (5,)
# expect: 5 Record(5) <class '__main__.Meta'> ['options', 'show'] 2 <Meta class Record>
# expect: True True Record {'flag': 1}
# expect: Meta.__new__ Meta Child ['extra'] {}
# expect: Meta.__init__ Child
# expect: calling Child (7,)
# expect: <class '__main__.Meta'> 7 ['extra', 'options'] {}
# expect: (<class '__main__.Meta'>, <class 'type'>, <class 'object'>) True
# expect: TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: M3
# expect: 26 M1 __main__ <class '__main__.Plain'>
