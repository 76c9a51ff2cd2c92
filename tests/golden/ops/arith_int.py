# Integer arithmetic
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3)
print(-7 + 3, 3 - 10, -4 * -5)
print(6 / 3, type(6 / 3).__name__)
print(2 ** 10, 2 ** 0, 0 ** 0)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(10 - 2 - 3, 100 / 10 / 5)
print(+5, -(-5), --5)

# expect: 10 4 21 3.5 3 1
# expect: -4 -7 20
# expect: 2.0 float
# expect: 1024 1 1
# expect: -4 4
# expect: 512
# expect: 5 2.0
# expect: 5 5 5
