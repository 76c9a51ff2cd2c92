# Default equality is identity; default repr contains the class name
class Thing:
    pass
a = Thing()
b = Thing()
print(a == a, a == b, a != b)
r = repr(a)
print(r.startswith("<__main__.Thing object at "), r.endswith(">"))
print(str(a) == repr(a))
print(hash(a) == hash(a))
d = {a: 1, b: 2}
print(d[a], d[b], len({a, b, a}))

# expect: True False True
# expect: True True
# expect: True
# expect: True
# expect: 1 2 2
