# Operator overloading and NotImplemented fallback
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a)
print(sum([a, b, Vec(10, 10)]))
print(a + b == Vec(4, 6))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)

# expect: Vec(4, 6) Vec(2, 2) Vec(3, 6) Vec(3, 6) Vec(-1, -2)
# expect: Vec(14, 16)
# expect: True
# expect: TypeError: unsupported operand type(s) for +: 'Vec' and 'int'
# expect: TypeError: can only concatenate str (not "Vec") to str
