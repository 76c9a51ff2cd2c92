# numpy: str() and repr() of 2-D arrays and of scalars taken out of them
# python3: needs numpy
import numpy as np
m = np.array([[1.25, -3.0, 100.5], [0.0, 2.0, 3.75]])
print(str(m))
print(repr(m))
print(repr(m[0, 0]), str(m[1, 2]), repr(m.sum()), repr(np.arange(3)[1]))
print(repr(np.array([[1, 2, 3]])), repr(np.arange(3).reshape(3, 1)))
print(repr(np.zeros((0, 3))))

# expect: [[  1.25  -3.   100.5 ]
# expect:  [  0.     2.     3.75]]
# expect: array([[  1.25,  -3.  , 100.5 ],
# expect:        [  0.  ,   2.  ,   3.75]])
# expect: 1.25 3.75 104.5 1
# expect: array([[1, 2, 3]]) array([[0],
# expect:        [1],
# expect:        [2]])
# expect: array([], shape=(0, 3), dtype=float64)
