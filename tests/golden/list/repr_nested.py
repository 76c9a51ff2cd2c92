# repr of nested and recursive lists
print([1, [2, [3, []]], "x", 'y', None, True, 1.5])
print([[]], [[], []], [()])
l = [1, 2]
l.append(l)
print(l)
print(repr(l), str(l))
a = []
b = [a]
a.append(b)
print(a)
d = {"list": [1, {"k": (2, 3)}]}
print(d)
print([1.0, 2.50, -0.0, float('inf')])

# expect: [1, [2, [3, []]], 'x', 'y', None, True, 1.5]
# expect: [[]] [[], []] [()]
# expect: [1, 2, [...]]
# expect: [1, 2, [...]] [1, 2, [...]]
# expect: [[[...]]]
# expect: {'list': [1, {'k': (2, 3)}]}
# expect: [1.0, 2.5, -0.0, inf]
