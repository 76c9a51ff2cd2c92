# float methods and helpers
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(7.5 // 2, -7.5 // 2, 7.0 // 0.5)
print(5.5 % 2, -5.5 % 2, 5.5 % -2)
print(abs(-2.5), abs(2.5), abs(-0.0))
print(float(int(7.9)), int(-7.9))
print(1.5.is_integer(), 10.0 .is_integer())
print(3.0 * 1.1, 0.1 * 3)
print(2.0 ** 0.5, 10 ** -2)

# expect: True False True
# expect: (3.0, 1.5) (-4.0, 0.5) (-4.0, -0.5)
# expect: 3.0 -4.0 14.0
# expect: 1.5 0.5 -0.5
# expect: 2.5 2.5 0.0
# expect: 7.0 -7
# expect: False True
# expect: 3.3000000000000003 0.30000000000000004
# expect: 1.4142135623730951 0.01
