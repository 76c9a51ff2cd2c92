# Unpacking in loops and comprehensions
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
print([n * 2 for n, _ in pairs])
points = [(0, (1, 2)), (3, (4, 5))]
for a, (b, c) in points:
    print(a + b + c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
d = {"x": [1, 2], "y": [3]}
print({k: sum(v) for k, v in d.items()})

# expect: 1 one
# expect: 2 two
# expect: [2, 4]
# expect: 3
# expect: 12
# expect: 1 [2, 3]
# expect: 4 []
# expect: 5 [6]
# expect: {'x': 3, 'y': 3}
