# numpy: dot, matmul and @
# python3: needs numpy
import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6], [7, 8]])
print(a @ b)
print(np.dot(a, b), np.matmul(a, b))
v = np.array([1, -1])
print(a @ v, v @ a, v @ v, np.dot(v, v))
f = np.array([[1.5, 0.5], [0.25, 2.0]])
print(f @ f)
print(np.dot(a, 2))
e = np.array([[1.0, 0.0], [0.0, 1.0]])
print(e @ f)
try:
    a @ np.ones(3)
except ValueError as err:
    print(err)
try:
    np.dot(np.ones((2, 3)), np.ones((2, 3)))
except ValueError as err:
    print(err)

# expect: [[19 22]
# expect:  [43 50]]
# expect: [[19 22]
# expect:  [43 50]] [[19 22]
# expect:  [43 50]]
# expect: [-1 -1] [-2 -2] 2 2
# expect: [[2.375 1.75 ]
# expect:  [0.875 4.125]]
# expect: [[2 4]
# expect:  [6 8]]
# expect: [[1.5  0.5 ]
# expect:  [0.25 2.  ]]
# expect: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)
# expect: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)
