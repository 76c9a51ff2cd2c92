# Comparing ints of various sizes
a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a == b - 1, a > -b)
print(-a < -b, -a > -b)
print(10 ** 20 == 10.0 ** 20, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53)
print(sorted([3, -2 ** 70, 2 ** 70, 0, -1]))
print(max([10 ** 30, 10 ** 29, -10 ** 31]))
print(1 < 2.5 < 3, 3 == 3.0, 3 != 3.000001)

# expect: True True True
# expect: False True
# expect: True False
# expect: True
# expect: [-1180591620717411303424, -1, 0, 3, 1180591620717411303424]
# expect: 1000000000000000000000000000000
# expect: True True True
