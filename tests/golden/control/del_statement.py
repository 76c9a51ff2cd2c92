# del on names, items, slices and attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
l = [0, 1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print("NameError:", e)

# expect: NameError: name 'x' is not defined
# expect: [1, 2, 3]
# expect: {'b': 2}
# expect: False
# expect: NameError: name 'a' is not defined
