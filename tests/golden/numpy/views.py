# numpy: slices are views sharing memory with their base; copy() is not
# python3: needs numpy
import numpy as np
a = np.zeros(6)
v = a[1:4]
v[0] = 9
print(a)
w = a[::-2]
w[:] = 1
print(a, w)
c = a.copy()
c[0] = 42
print(a[0], c[0])
m = np.arange(6).reshape(2, 3)
m.T[0, 1] = 100
print(m)
r = m.reshape(3, 2)
r[0, 0] = -1
print(m)

# expect: [0. 9. 0. 0. 0. 0.]
# expect: [0. 1. 0. 1. 0. 1.] [1. 1. 1.]
# expect: 0.0 42.0
# expect: [[  0   1   2]
# expect:  [100   4   5]]
# expect: [[ -1   1   2]
# expect:  [100   4   5]]
