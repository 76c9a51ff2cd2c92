# numpy: reshape, ravel, flatten, transpose, -1 dimension and its errors
# python3: needs numpy
import numpy as np
a = np.arange(6)
print(a.reshape(2, 3))
print(a.reshape((3, 2)))
print(a.reshape(-1, 2))
print(a.reshape(2, 3).T.ravel())
print(a.reshape(2, 3).flatten())
print(a.reshape(2, 3).transpose())
try:
    a.reshape(4, 2)
except ValueError as e:
    print(e)
try:
    a.reshape(-1, 4)
except ValueError as e:
    print(e)

# expect: [[0 1 2]
# expect:  [3 4 5]]
# expect: [[0 1]
# expect:  [2 3]
# expect:  [4 5]]
# expect: [[0 1]
# expect:  [2 3]
# expect:  [4 5]]
# expect: [0 3 1 4 2 5]
# expect: [0 1 2 3 4 5]
# expect: [[0 3]
# expect:  [1 4]
# expect:  [2 5]]
# expect: cannot reshape array of size 6 into shape (4,2)
# expect: cannot reshape array of size 6 into shape (4)
