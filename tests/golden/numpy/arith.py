# numpy: elementwise arithmetic, float and int
# python3: needs numpy
import numpy as np
a = np.array([1.0, 2.0, 3.0, 4.0])
b = np.array([0.5, 4.0, -2.0, 3.0])
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(a ** 2, 2 ** a)
i = np.array([7, -7, 9, 0])
j = np.array([2, 2, -4, 5])
print(i + j, i - j, i * j)
print(i // j, i % j)
print(i / j)
print(i ** 2, -i, abs(i))
print(-a, abs(b))

# expect: [1.5 6.  1.  7. ] [ 0.5 -2.   5.   1. ] [ 0.5  8.  -6.  12. ]
# expect: [ 2.          0.5        -1.5         1.33333333]
# expect: [ 2.  0. -2.  1.] [ 0.  2. -1.  1.]
# expect: [ 1.  4.  9. 16.] [ 2.  4.  8. 16.]
# expect: [ 9 -5  5  5] [ 5 -9 13 -5] [ 14 -14 -36   0]
# expect: [ 3 -4 -3  0] [ 1  1 -3  0]
# expect: [ 3.5  -3.5  -2.25  0.  ]
# expect: [49 49 81  0] [-7  7 -9  0] [7 7 9 0]
# expect: [-1. -2. -3. -4.] [0.5 4.  2.  3. ]
