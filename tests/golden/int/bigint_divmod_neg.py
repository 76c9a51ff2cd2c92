# Division and modulo of big negative numbers
big = 10 ** 30 + 7
print(-big // 3, -big % 3)
print(big // -3, big % -3)
print(-big // -3, -big % -3)
print(divmod(-big, 10 ** 10))
print(divmod(2 ** 100, -(2 ** 33 + 1)))
print(-(2 ** 100) // 7 * 7 + -(2 ** 100) % 7 == -(2 ** 100))
print((-big) >> 10, (-big) & 0xFFFF)
print(abs(-big), -big < -big + 1)
print(2 ** 100 / 2 ** 98)

# expect: -333333333333333333333333333336 1
# expect: -333333333333333333333333333336 -1
# expect: 333333333333333333333333333335 -2
# expect: (-100000000000000000001, 9999999993)
# expect: (-147573952572496543746, -2)
# expect: True
# expect: -976562500000000000000000001 65529
# expect: 1000000000000000000000000000007 True
# expect: 4.0
