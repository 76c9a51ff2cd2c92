# numpy: broadcasting rows, columns and scalars
# python3: needs numpy
import numpy as np
m = np.arange(6).reshape(2, 3)
row = np.array([10, 20, 30])
col = np.array([[100], [200]])
print(m + row)
print(m * col)
print(col + row)
print(m - m.mean())
print(np.ones((3, 1)) * np.arange(4))

# expect: [[10 21 32]
# expect:  [13 24 35]]
# expect: [[   0  100  200]
# expect:  [ 600  800 1000]]
# expect: [[110 120 130]
# expect:  [210 220 230]]
# expect: [[-2.5 -1.5 -0.5]
# expect:  [ 0.5  1.5  2.5]]
# expect: [[0. 1. 2. 3.]
# expect:  [0. 1. 2. 3.]
# expect:  [0. 1. 2. 3.]]
