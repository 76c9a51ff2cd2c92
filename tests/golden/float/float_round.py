# round(): half to even, and with ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(type(round(2.7)).__name__, type(round(2.7, 0)).__name__)
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(-2.5), round(2.5000001))
print(round(0.125, 2), round(0.375, 2))
print(round(5, 1), round(15, -1), round(25, -1))
print(round(1e20), round(-0.4))

# expect: 0 2 2 0 -2
# expect: int float
# expect: 2.67 1.0 3.142
# expect: 1200.0 1200 1400
# expect: -2 3
# expect: 0.12 0.38
# expect: 5 20 20
# expect: 100000000000000000000 0
