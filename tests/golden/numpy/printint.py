# numpy: integer and bool arrays print padded to a common width
# python3: needs numpy
import numpy as np
print(repr(np.array([1, 10, 100])))
print(np.array([-5, 3, 12]))
print(repr(np.array([[1, -2], [30, 4]])))
print(np.array([True, False]))
print(repr(np.array([[True, False], [False, True]])))
print(np.arange(3) * -1)

# expect: array([  1,  10, 100])
# expect: [-5  3 12]
# expect: array([[ 1, -2],
# expect:        [30,  4]])
# expect: [ True False]
# expect: array([[ True, False],
# expect:        [False,  True]])
# expect: [ 0 -1 -2]
