# numpy: comparisons give bool arrays; & | ^ ~ on them
# python3: needs numpy
import numpy as np
a = np.array([1, 5, 3, 8])
b = np.array([2, 5, 1, 9])
print(a < b, a <= b, a > b)
print(a >= b, a == b, a != b)
print(a > 2.5, 4 < a)
print((a > 2) & (b > 2), (a > 6) | (b < 2), (a > 2) ^ (b > 2), ~(a > 2))
print((a == b).any(), (a > 0).all(), (a > 4).all())

# expect: [ True False False  True] [ True  True False  True] [False False  True False]
# expect: [False  True  True False] [False  True False False] [ True False  True  True]
# expect: [False  True  True  True] [False  True False  True]
# expect: [False  True False  True] [False False  True  True] [False False  True False] [ True False False False]
# expect: True True False
