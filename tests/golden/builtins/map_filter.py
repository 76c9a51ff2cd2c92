# map and filter
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
print(list(filter(str.isdigit, "a1b2c3")))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))

# expect: ['1', '2', '3'] [1, 2]
# expect: [11, 22]
# expect: [8, 9]
# expect: [1, 'x', [0]]
# expect: ['apple', 'avocado']
# expect: ['1', '2', '3']
# expect: 1 [2] []
