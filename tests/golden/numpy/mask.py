# numpy: boolean masks select (a copy) and assign
# python3: needs numpy
import numpy as np
a = np.array([3, -1, 4, -1, 5, -9, 2, 6])
m = a < 0
print(m)
print(a[m], a[a > 3])
a[a < 0] = 0
print(a)
f = np.linspace(0, 1, 6)
print(f[(f > 0.2) & (f < 0.9)])
b = np.arange(6).reshape(2, 3)
print(b[b % 2 == 0])
print(a[[0, 2, -1]])

# expect: [False  True False  True False  True False False]
# expect: [-1 -1 -9] [4 5 6]
# expect: [3 0 4 0 5 0 2 6]
# expect: [0.4 0.6 0.8]
# expect: [0 2 4]
# expect: [3 4 6]
