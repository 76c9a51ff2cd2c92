# numpy: integer indexing and slicing; scalars out of arrays print like numpy's
# python3: needs numpy
import numpy as np
a = np.arange(10) * 1.5
print(a[0], a[-1], a[3])
print(a[2:5], a[::3], a[::-1], a[-3:])
b = np.arange(12).reshape(3, 4)
print(b[1, 2], b[-1, -1], b[2][1])
print(b[1], b[:, 2], b[1:, ::2])
print(b[::-1, ::-1])
print(b[..., 1])
print(type(b[0, 0]).__name__ in ('int', 'int64'))

# expect: 0.0 13.5 4.5
# expect: [3.  4.5 6. ] [ 0.   4.5  9.  13.5] [13.5 12.  10.5  9.   7.5  6.   4.5  3.   1.5  0. ] [10.5 12.  13.5]
# expect: 6 11 9
# expect: [4 5 6 7] [ 2  6 10] [[ 4  6]
# expect:  [ 8 10]]
# expect: [[11 10  9  8]
# expect:  [ 7  6  5  4]
# expect:  [ 3  2  1  0]]
# expect: [1 5 9]
# expect: True
