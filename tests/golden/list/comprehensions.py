# List comprehensions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "abc"])
print([x if x % 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([n for n in [3, 1, 2] if n > 1])

# expect: [0, 1, 4, 9, 16, 25]
# expect: [0, 6, 12, 18]
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
# expect: ['A', 'B', 'C']
# expect: [0, 1, -2, 3, -4]
# expect: [1, 4, 2, 5, 3, 6]
# expect: [[1, 4], [2, 5], [3, 6]]
# expect: ['a', 'b'] outer
# expect: [3, 2]
