# float and str subclasses: the value behaves as the base type, operators
# return the base type, methods can be added and __new__ can change the
# value.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return '%.1f°C' % self


t = Celsius(21.5)
print(t, t.to_f(), t + 1, type(t + 1).__name__, t == 21.5, int(t), round(t), f'{t:.2f}')
print(float(t), type(float(t)).__name__, -t, Celsius('3.25'), isinstance(t, float), hash(t) == hash(21.5))


class Tag(str):
    def shout(self):
        return self.upper() + '!'


s = Tag('hi')
print(s, repr(s), s.shout(), s + 'x', type(s + 'x').__name__, len(s), s == 'hi', {s: 1}['hi'])
print(s.upper(), type(s.upper()).__name__, s * 2, 'h' in s, s[0], sorted([Tag('b'), 'a']))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper('abc')
print(u, type(u).__name__, u.lower(), '-'.join([u, 'x']), f'<{u}>', str(u), type(str(u)).__name__)
# expect: 21.5°C 70.7 22.5 float True 21 22 21.50
# expect: 21.5 float -21.5 3.2°C True True
# expect: hi 'hi' HI! hix str 2 True 1
# expect: HI str hihi True h ['a', 'b']
# expect: ABC Upper abc ABC-x <ABC> ABC str
