# Other arithmetic and comparison dunders
class M:
    def __init__(self, v):
        self.v = v
    def __truediv__(self, o): return M(self.v / o)
    def __floordiv__(self, o): return M(self.v // o)
    def __mod__(self, o): return M(self.v % o)
    def __pow__(self, o): return M(self.v ** o)
    def __rsub__(self, o): return M(o - self.v)
    def __abs__(self): return M(abs(self.v))
    def __pos__(self): return M(+self.v)
    def __invert__(self): return M(~self.v)
    def __and__(self, o): return M(self.v & o)
    def __or__(self, o): return M(self.v | o)
    def __xor__(self, o): return M(self.v ^ o)
    def __lshift__(self, o): return M(self.v << o)
    def __rshift__(self, o): return M(self.v >> o)
    def __le__(self, o): return self.v <= o
    def __gt__(self, o): return self.v > o
    def __ge__(self, o): return self.v >= o
    def __ne__(self, o): return self.v != o
    def __repr__(self): return f"M({self.v})"
m = M(-7)
print(m / 2, m // 2, m % 3, m ** 2, 10 - m, abs(m), +m, ~m)
print(m & 3, m | 8, m ^ 1, m << 2, m >> 1)
print(m <= -7, m > 0, m >= -7, m != -7)
print(5 < m, 5 >= m)

# expect: M(-3.5) M(-4) M(2) M(49) M(17) M(7) M(-7) M(6)
# expect: M(1) M(-7) M(-8) M(-28) M(-4)
# expect: True False True False
# expect: False True
