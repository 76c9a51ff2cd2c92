# isinstance / issubclass with tuples and builtins
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, B)), isinstance(b, (C,)))
print(issubclass(B, (C, A)), issubclass(B, object), issubclass(bool, (int, str)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(A, type), type(A).__name__, type(3).__name__)
print(type(b) == B, type(b) == A)
print(A, B, int, type(None))
print(repr(C))

# expect: True True False
# expect: True True True
# expect: True True False True
# expect: True True
# expect: True type int
# expect: True False
# expect: <class '__main__.A'> <class '__main__.B'> <class 'int'> <class 'NoneType'>
# expect: <class '__main__.C'>
