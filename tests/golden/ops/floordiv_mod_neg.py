# Floor division and modulo with negative operands (floor semantics)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -5), (-1, 5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-1 % 3.0, 5 % -3.0)
print((-7) // 2 * 2 + (-7) % 2)

# expect: 7 2 3 1 (3, 1)
# expect: -7 2 -4 1 (-4, 1)
# expect: 7 -2 -4 -1 (-4, -1)
# expect: -7 -2 3 -1 (3, -1)
# expect: 0 3 0 0 (0, 0)
# expect: 1 -5 -1 -4 (-1, -4)
# expect: -1 5 -1 4 (-1, 4)
# expect: -4.0 0.5
# expect: -4.0 -0.5
# expect: 2.0 -1.0
# expect: -7
