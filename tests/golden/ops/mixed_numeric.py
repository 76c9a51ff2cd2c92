# Mixed int/float/bool arithmetic
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0)
print(True + 1.5, False - 2)
print(2 ** 0.5 * 2 ** 0.5)
print(1 == 1.0 == True)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1e10 + 1, int(1e10) + 1)
print(3 - 2.5, -1.5 * 2)
print(7 % 2.5, -7 % 2.5)
x = 1
x += 0.5
print(x, type(x).__name__)

# expect: 3.0 1.5 2.5 2.0
# expect: 2.5 -2
# expect: 2.0000000000000004
# expect: True
# expect: 0.30000000000000004 False
# expect: 10000000001.0 10000000001
# expect: 0.5 -3.0
# expect: 2.0 0.5
# expect: 1.5 float
