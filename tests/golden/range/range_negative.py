# Negative steps and big ranges
print(list(range(10, 0, -2)))
print(list(range(-5, 5, 3)))
r = range(100, 0, -7)
print(len(r), r[0], r[-1], r[2:5])
print(sum(range(101)), sum(range(0, 101, 2)))
print(list(reversed(range(4))))
print(range(-3, 3)[::-2])

# expect: [10, 8, 6, 4, 2]
# expect: [-5, -2, 1, 4]
# expect: 15 100 2 range(86, 65, -7)
# expect: 5050 2550
# expect: [3, 2, 1, 0]
# expect: range(2, -4, -2)
