# numpy: array creation (array, zeros, ones, empty, full, arange, linspace)
# python3: needs numpy
import numpy as np
print(repr(np.array([1, 2, 3])))
print(repr(np.array([1.0, 2, 3])))
print(repr(np.array([[1, 2], [3, 4]])))
print(repr(np.array([True, False, True])))
print(repr(np.zeros(4)))
print(repr(np.zeros((2, 3), dtype=int)))
print(repr(np.ones((2, 2))))
print(repr(np.full(3, 7)))
print(repr(np.full((2, 2), 2.5)))
print(np.empty(3).shape, np.empty((2, 2), dtype=int).dtype)   # values: uninitialised in numpy, zeros here
print(repr(np.arange(5)))
print(repr(np.arange(2, 10, 3)))
print(repr(np.arange(10, 0, -2)))
print(repr(np.arange(0.0, 1.0, 0.25)))
print(repr(np.linspace(0, 1, 5)))
print(repr(np.linspace(0, 1, 4, endpoint=False)))
print(repr(np.array([], dtype=float)))
print(repr(np.zeros(0, dtype=int)))

# expect: array([1, 2, 3])
# expect: array([1., 2., 3.])
# expect: array([[1, 2],
# expect:        [3, 4]])
# expect: array([ True, False,  True])
# expect: array([0., 0., 0., 0.])
# expect: array([[0, 0, 0],
# expect:        [0, 0, 0]])
# expect: array([[1., 1.],
# expect:        [1., 1.]])
# expect: array([7, 7, 7])
# expect: array([[2.5, 2.5],
# expect:        [2.5, 2.5]])
# expect: (3,) int64
# expect: array([0, 1, 2, 3, 4])
# expect: array([2, 5, 8])
# expect: array([10,  8,  6,  4,  2])
# expect: array([0.  , 0.25, 0.5 , 0.75])
# expect: array([0.  , 0.25, 0.5 , 0.75, 1.  ])
# expect: array([0.  , 0.25, 0.5 , 0.75])
# expect: array([], dtype=float64)
# expect: array([], dtype=int64)
