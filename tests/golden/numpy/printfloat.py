# numpy: float formatting (precision 8, common width, trailing dots)
# python3: needs numpy
import numpy as np
print(np.array([1.5, 2.25, 3.0]))
print(repr(np.array([1.5, 2.25, 3.0])))
print(np.array([0.1 + 0.2, 1 / 3]))
print(np.array([-1.0, 2.0, -3.5]))
print(np.array([100.0, 0.5]))
print(np.array([1e-5, 1e10]))
print(repr(np.array([1.5e-5, 1e10])))
print(np.array([123456789.0]))
print(np.array([0.0001, 0.001]))
print(np.array([1.0, float('nan'), float('inf')]))
print(np.array([-float('inf'), 1.0]))
print(np.array([2 / 3, 1e-3]))
print(repr(np.array([[1.0, -2.5], [3.25, 4.0]])))
print(np.array([[1.0, -2.5], [3.25, 4.0]]))

# expect: [1.5  2.25 3.  ]
# expect: array([1.5 , 2.25, 3.  ])
# expect: [0.3        0.33333333]
# expect: [-1.   2.  -3.5]
# expect: [100.    0.5]
# expect: [1.e-05 1.e+10]
# expect: array([1.5e-05, 1.0e+10])
# expect: [1.23456789e+08]
# expect: [0.0001 0.001 ]
# expect: [ 1. nan inf]
# expect: [-inf   1.]
# expect: [0.66666667 0.001     ]
# expect: array([[ 1.  , -2.5 ],
# expect:        [ 3.25,  4.  ]])
# expect: [[ 1.   -2.5 ]
# expect:  [ 3.25  4.  ]]
