# Comparisons between ints and floats
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, -1 == -1.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'))
print(0.0 == -0.0, 0 == -0.0)
print(sorted([3, 1.5, 2, 0.5, -1]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(hash(2) == hash(2.0), hash(-1.0) == hash(-1))
print({1: 'a', 1.0: 'b'})
print(1.0 in [1], 1 in [1.0])

# expect: True True True True
# expect: True False
# expect: True True
# expect: True True
# expect: [-1, 0.5, 1.5, 2, 3]
# expect: 1 1.0 2
# expect: True True
# expect: {1: 'b'}
# expect: True True
