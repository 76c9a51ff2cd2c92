# A metaclass's __prepare__ makes the namespace the class body fills
# (with the class keywords); it must return a mapping.
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=M, flag=True):
    x = injected + 1
print(C.x, C.injected)
class D(C): pass
class Bad(type):
    @classmethod
    def __prepare__(m, *a): return 5
try:
    class E(metaclass=Bad): pass
except TypeError as e: print(e)
print(type.__prepare__('X', ()) if hasattr(type, '__prepare__') else {})
# expect: prepare C {'flag': True}
# expect: new ['injected', 'x']
# expect: 43 42
# expect: prepare D {}
# expect: new ['injected']
# expect: Bad.__prepare__() must return a mapping, not int
# expect: {}
