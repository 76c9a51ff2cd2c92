# getattr / setattr / hasattr / delattr
class Obj:
    cls_attr = "C"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"))
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "zzz"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    o.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Obj, "cls_attr"), hasattr(Obj, "a"))
name = "dynamic"
setattr(o, name, [1])
print(o.dynamic)

# expect: 1 C default
# expect: 2 True False
# expect: False
# expect: AttributeError: 'Obj' object has no attribute 'nothing'
# expect: AttributeError: 'Obj' object has no attribute 'nope'
# expect: AttributeError: 'Obj' object has no attribute 'nope'
# expect: C False
# expect: [1]
