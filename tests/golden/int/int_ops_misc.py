# Assorted integer operations
print(abs(-5), abs(5), abs(0))
print(divmod(17, 5), divmod(-17, 5))
print(pow(3, 4), pow(3, 4, 5), pow(7, 100, 13))
print(pow(2, 1000, 10 ** 9 + 7))
print(max(3, 7, 1), min(3, 7, 1))
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
print(17 // 5, 17 % 5, -17 // 5, -17 % 5)
n = 1
for i in range(64):
    n <<= 1
print(n, n == 2 ** 64)
print(int("-0"), -0 == 0)

# expect: 5 5 0
# expect: (3, 2) (-4, 3)
# expect: 81 1 9
# expect: 688423210
# expect: 7 1
# expect: 8 0 4
# expect: 3 2 -4 3
# expect: 18446744073709551616 True
# expect: 0 True
