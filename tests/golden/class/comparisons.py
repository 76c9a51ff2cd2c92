# __lt__ and friends; sorting custom objects
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
try:
    Version("1.0") <= Version("1.1")
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)

# expect: [0.9, 1.2, 1.2.1, 1.10]
# expect: 1.10 0.9
# expect: True True
# expect: TypeError: '<=' not supported between instances of 'Version' and 'Version'
# expect: TypeError: '<' not supported between instances of 'Plain' and 'Plain'
