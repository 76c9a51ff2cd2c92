# Starred unpacking
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
head, *tail = "hello"
print(head, tail)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *[9]], (*"xy",), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2})

# expect: 1 [2, 3, 4]
# expect: [1, 2, 3] 4
# expect: 0 [1, 2, 3] 4
# expect: 1 [] 2
# expect: h ['e', 'l', 'l', 'o']
# expect: 1 [2, 3] 4
# expect: 1 2 a b 0 1
# expect: [0, 1, 2, 9] ('x', 'y') {1, 2}
# expect: {'a': 1, 'b': 2}
