# numpy: astype between float64, int64 and bool; copy
# python3: needs numpy
import numpy as np
f = np.array([1.7, -2.2, 0.0, 3.5])
print(f.astype(int), f.astype(bool), f.astype(np.int64))
i = np.array([0, 1, 2])
print(i.astype(float), i.astype(bool), repr(i.astype(np.float64)))
b = np.array([True, False])
print(b.astype(int), b.astype(float))
print(repr(np.array([1, 2], dtype=float)), repr(np.array([0.0, 2.0], dtype=bool)))

# expect: [ 1 -2  0  3] [ True  True False  True] [ 1 -2  0  3]
# expect: [0. 1. 2.] [False  True  True] array([0., 1., 2.])
# expect: [1 0] [1. 0.]
# expect: array([1., 2.]) array([False,  True])
