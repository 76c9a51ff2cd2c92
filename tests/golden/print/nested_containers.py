# Printing nested containers with floats, None, bools
print([1.0, 2.5, None, True, False])
print({"a": [1.5, {"b": (None, 0.1)}], "c": False})
print((0.1 + 0.2, [1e16, 1e-7], {1: None}))
print([[[]]], [(), {}], [[1, 2], [3.0]])
print({1: {2: {3: [True]}}})
print(["str", 'quote\'s', "new\nline"])
print([float('inf'), -float('inf'), 1 / 3])
print({(1, 2): [None]}, [range(3)], [{1, 2}])

# expect: [1.0, 2.5, None, True, False]
# expect: {'a': [1.5, {'b': (None, 0.1)}], 'c': False}
# expect: (0.30000000000000004, [1e+16, 1e-07], {1: None})
# expect: [[[]]] [(), {}] [[1, 2], [3.0]]
# expect: {1: {2: {3: [True]}}}
# expect: ['str', "quote's", 'new\nline']
# expect: [inf, -inf, 0.3333333333333333]
# expect: {(1, 2): [None]} [range(0, 3)] [{1, 2}]
