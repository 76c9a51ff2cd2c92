# type_lookup caches per heap type: every change to any class namespace,
# through any path, must be seen by the next lookup, in subclasses too.
class Base:
    def who(self):
        return "Base.who"
    colour = "red"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

x = Leaf()
for _ in range(3):
    print(x.who(), x.colour)          # cached after the first round

def new_who(self):
    return "patched"

Base.who = new_who                      # a base changes: the leaf sees it
print(x.who())
Mid.who = lambda self: "Mid.who"        # a nearer class shadows it
print(x.who())
del Mid.who                             # and un-shadows it
print(x.who())
Base.colour = "blue"
print(x.colour, Leaf.colour)
setattr(Leaf, "colour", "green")
print(x.colour, Mid.colour)
delattr(Leaf, "colour")
print(x.colour)
try:
    del Base.who
    del Base.colour
    x.who()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(x, "colour"))

# a data descriptor appearing later on the class wins over the instance dict
class P:
    pass

p = P()
p.v = 1
print(p.v)
P.v = property(lambda self: "from property")
print(p.v)
del P.v
print(p.v)

# names built at run time (not interned) find the same attributes
name = "".join(["co", "l", "our"])
Base.colour = "violet"
print(getattr(x, name), getattr(Leaf, name))

# a class defined in a loop: each has its own namespace
makers = []
for i in range(3):
    class K:
        n = i
        def get(self):
            return self.n
    makers.append(K)
print([k().get() for k in makers])
makers[1].n = 10
print([k().get() for k in makers])

# metaclass attributes
class Meta(type):
    def hello(cls):
        return "hello from " + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.hello())
Meta.hello = lambda cls: "patched meta"
print(WithMeta.hello())
# expect: Base.who red
# expect: Base.who red
# expect: Base.who red
# expect: patched
# expect: Mid.who
# expect: patched
# expect: blue blue
# expect: green blue
# expect: blue
# expect: AttributeError: 'Leaf' object has no attribute 'who'
# expect: False
# expect: 1
# expect: from property
# expect: 1
# expect: violet violet
# expect: [0, 1, 2]
# expect: [0, 10, 2]
# expect: hello from WithMeta
# expect: patched meta
