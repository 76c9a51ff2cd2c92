# int subclasses: instances are ints (arithmetic returns plain ints, hashing
# and equality agree with int), carry attributes, and can override
# __repr__ and __new__; bool cannot be subclassed.
import copy


class Money(int):
    def __repr__(self):
        return 'Money(%d)' % self

    def doubled(self):
        return Money(self * 2)


m = Money(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m.doubled(), isinstance(m, int))
print(m == 5, 5 == m, hash(m) == hash(5), {5: 'five'}[m], {m: 'm'}[5], int(m), type(int(m)).__name__)
print(sorted([Money(3), 1, Money(2)]), max(Money(3), 2), list(range(m)), [10, 20, 30, 40, 50, 60][m])
print('%d %s %r' % (m, m, m), f'{m:>4}|{m:x}', str(m), +m, type(+m).__name__, -m, abs(Money(-4)))
big = Money(2 ** 80)
print(big, big + 1, big // Money(3), big > m, bool(Money(0)), Money('ff', 16))
m.note = 'tip'
print(m.note, vars(m))


class Positive(int):
    def __new__(cls, value, label='?'):
        if value <= 0:
            raise ValueError('not positive: %r' % value)
        self = super().__new__(cls, value)
        self.label = label
        return self


p = Positive(3, 'three')
print(p, p.label, p * 2, type(Positive.__new__(Positive, 9)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print('ValueError:', e)
print(int.__new__(Money, 7), copy.copy(Money(4)), type(copy.deepcopy(Money(4))).__name__)
try:
    class Flag(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
print(Money.__mro__, issubclass(Money, int))
# expect: Money(5) Money(5) 6 int Money(10) True
# expect: True True True five m 5 int
# expect: [1, Money(2), Money(3)] Money(3) [0, 1, 2, 3, 4] 60
# expect: 5 Money(5) Money(5)    5|5 Money(5) 5 int -5 4
# expect: Money(1208925819614629174706176) 1208925819614629174706177 402975273204876391568725 True False Money(255)
# expect: tip {'note': 'tip'}
# expect: 3 three 6 Positive
# expect: ValueError: not positive: -1
# expect: Money(7) Money(4) Money
# expect: TypeError: type 'bool' is not an acceptable base type
# expect: (<class '__main__.Money'>, <class 'int'>, <class 'object'>) True
