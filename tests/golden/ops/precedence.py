# Operator precedence
print(2 + 3 * 4, (2 + 3) * 4)
print(2 * 3 ** 2, -3 ** 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4)
print(not 1 == 2, not (1 == 2))
print(1 < 2 and 2 < 3 or False)
print(True or False and False)
print(10 - 4 - 3, 2 ** 2 ** 3)
print(7 // 2 * 2 + 7 % 2)
print(-2 * -3, - - 2)
print(1 if 0 else 2 if 0 else 3)
print(3 & 5 == 1)
print(~1 + 1, ~(1 + 1))

# expect: 14 20
# expect: 18 -9
# expect: 24 3
# expect: True True
# expect: True
# expect: True
# expect: 3 256
# expect: 7
# expect: 6 2
# expect: 3
# expect: True
# expect: -1 -3
