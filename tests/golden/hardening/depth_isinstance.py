# isinstance and issubclass take tuples of types, nested to any depth; too
# deep a nesting is a RecursionError, as in CPython.

print(isinstance(1, (str, (float, (int,)))), isinstance("s", ((), (list, dict))))
print(issubclass(bool, (str, (float, (int,)))), issubclass(int, ((), ((),))))

t = int
for i in range(100000):
    t = (t,)
for f in (lambda: isinstance(1, t), lambda: issubclass(bool, t),
          lambda: isinstance(1, (int, t)), lambda: issubclass(bool, (bool, t))):
    try:
        print(f())
    except RecursionError as e:
        print("RecursionError:", e)

s = (str,)
for i in range(300):
    s = (s, float)
print(isinstance("x", s), isinstance(1.5, s), isinstance(1, s), issubclass(str, s))
try:
    isinstance(1, (str, (float, 3)))
except TypeError as e:
    print("TypeError:", e)

# expect: True False
# expect: True False
# expect: RecursionError: maximum recursion depth exceeded in __instancecheck__
# expect: RecursionError: maximum recursion depth exceeded in __subclasscheck__
# expect: True
# expect: True
# expect: True True False True
# expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
