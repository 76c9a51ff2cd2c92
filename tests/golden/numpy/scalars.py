# numpy: arrays with Python scalars on either side
# python3: needs numpy
import numpy as np
a = np.arange(5)
print(a + 1, 1 + a, a * 2.5, 10 - a, a / 2)
print(2 ** a, a ** 2, 7 // (a + 1), 7 % (a + 1))
f = np.array([1.5, -0.5])
print(f * 2, 3 - f, 1 / f)
b = np.array([True, False])
print(b + 1, b * 3)

# expect: [1 2 3 4 5] [1 2 3 4 5] [ 0.   2.5  5.   7.5 10. ] [10  9  8  7  6] [0.  0.5 1.  1.5 2. ]
# expect: [ 1  2  4  8 16] [ 0  1  4  9 16] [7 3 2 1 1] [0 1 1 3 2]
# expect: [ 3. -1.] [1.5 3.5] [ 0.66666667 -2.        ]
# expect: [2 1] [3 0]
