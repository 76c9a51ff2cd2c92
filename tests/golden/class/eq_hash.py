# __eq__ and __hash__ in sets and dicts
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
k1 = Key(1, 2)
k2 = Key(1, 2)
print(k1 == k2, k1 is k2, k1 != k2, k1 == "x")
s = {k1, k2, Key(2, 1)}
print(len(s))
d = {k1: "first"}
d[k2] = "second"
print(d)
print(Key(2, 1) in s, Key(3, 3) in s)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5)

# expect: True False False False
# expect: 2
# expect: {Key(1, 2): 'second'}
# expect: True False
# expect: TypeError: unhashable type: 'NoHash'
# expect: True
