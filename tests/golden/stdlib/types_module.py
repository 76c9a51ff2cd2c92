# types: the names of the interpreter's own types (isinstance answers as in
# CPython), MethodType binding a function to one instance, and
# SimpleNamespace's repr, equality and attribute deletion.
import types
def f(): pass
def g(): yield 1
class C:
    def m(self): return 'm'
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType is type(None), isinstance(list[int], types.GenericAlias))
c = C()
def hello(self, x): return 'hello %s from %s' % (x, type(self).__name__)
c.hello = types.MethodType(hello, c)
print(c.hello('there'), c.hello.__self__ is c, c.hello.__func__ is hello)
for a in [(), (1,), (len, None), (1, 2), (len, 1, 2)]:
    try: types.MethodType(*a)
    except TypeError as e: print(e)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1, 2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1, 2]), ns == types.SimpleNamespace(a=1))
del ns.b
print(ns, vars(ns))
ns.me = ns
print(ns)
print(types.SimpleNamespace())

# expect: True True True
# expect: True True True
# expect: True True
# expect: hello there from C True True
# expect: method expected 2 arguments, got 0
# expect: method expected 2 arguments, got 1
# expect: instance must not be None
# expect: first argument must be callable
# expect: method expected 2 arguments, got 3
# expect: namespace(a=1, b='x', c=[1, 2]) 1 True False
# expect: namespace(a=1, c=[1, 2]) {'a': 1, 'c': [1, 2]}
# expect: namespace(a=1, c=[1, 2], me=namespace(...))
# expect: namespace()
