# Merging dicts
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b})
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
print(dict(a, w=0))
print(list(zip(a, b)))

# expect: {'x': 1, 'y': 20, 'z': 30}
# expect: {'x': 1, 'y': 20, 'z': 30} {'y': 2, 'z': 30, 'x': 1}
# expect: {'x': 1, 'y': 20, 'z': 30}
# expect: {'x': 1, 'y': 2, 'w': 0}
# expect: [('x', 'y'), ('y', 'z')]
