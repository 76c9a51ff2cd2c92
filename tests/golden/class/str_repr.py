# __str__ and __repr__ used by print, str, repr, f-strings, containers
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
v = V("a")
print(v)
print(str(v), repr(v))
print(f"{v} {v!r}")
print([v, V(2)])
print({"k": v}, (v,))
print("%s %r" % (v, v))
print("{} {!r}".format(v, v))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

# expect: <a>
# expect: <a> V('a')
# expect: <a> V('a')
# expect: [V('a'), V(2)]
# expect: {'k': V('a')} (V('a'),)
# expect: <a> V('a')
# expect: <a> V('a')
# expect: OnlyRepr() OnlyRepr() [OnlyRepr()]
