# numpy: sqrt, sin, cos, exp, log, abs
# python3: needs numpy
import numpy as np
x = np.array([0.0, 0.5, 1.0, 2.0])
print(np.sqrt(x))
print(np.sin(x))
print(np.cos(x))
print(np.exp(x))
print(np.log(x + 1))
print(np.abs(np.array([-1.5, 2.0])), np.absolute(np.array([-3, 3])))
print(np.sqrt(np.arange(5)))
print(np.sin(np.pi / 2), np.sqrt(16), np.exp(0))

# expect: [0.         0.70710678 1.         1.41421356]
# expect: [0.         0.47942554 0.84147098 0.90929743]
# expect: [ 1.          0.87758256  0.54030231 -0.41614684]
# expect: [1.         1.64872127 2.71828183 7.3890561 ]
# expect: [0.         0.40546511 0.69314718 1.09861229]
# expect: [1.5 2. ] [3 3]
# expect: [0.         1.         1.41421356 1.73205081 2.        ]
# expect: 1.0 4.0 1.0
