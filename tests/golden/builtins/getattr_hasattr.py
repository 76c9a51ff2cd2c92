# getattr/setattr/hasattr on builtins and classes
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "nope"))
print(getattr(5, "real"), getattr(5, "missing", "dflt"))
class C:
    pass
c = C()
for i in range(3):
    setattr(c, f"f{i}", i * i)
print(c.f0, c.f1, c.f2, [getattr(c, f"f{i}") for i in range(3)])
print(hasattr(C, "__init__"), callable(getattr(c, "f1")))

# expect: ABC True False
# expect: 5 dflt
# expect: 0 1 4 [0, 1, 4]
# expect: True False
