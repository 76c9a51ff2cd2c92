# Class with __str__ used by str(), and inheritance of __repr__
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Child(Base):
    pass
print(Base(1), Child(2), [Child(3)])
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c:.1f}C"
t = Temp(21.456)
print(str(t), f"{t}", "%s" % t, [str(t)])

# expect: Base(1) Child(2) [Child(3)]
# expect: 21.5C 21.5C 21.5C ['21.5C']
