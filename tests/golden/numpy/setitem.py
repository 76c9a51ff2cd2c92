# numpy: assignment to elements, slices (broadcast) and rows
# python3: needs numpy
import numpy as np
a = np.zeros((3, 3), dtype=int)
a[0] = 1
a[:, 2] = [7, 8, 9]
a[1, 1] = 5
print(a)
a[2] = a[0] * 2
print(a)
f = np.ones(4)
f[1:3] = 2.5
f[0] = 7      # int into float array
print(f)
i = np.arange(4)
i[0] = 3.9    # truncated into an int array
print(i)
a.fill(4)
print(a)

# expect: [[1 1 7]
# expect:  [0 5 8]
# expect:  [0 0 9]]
# expect: [[ 1  1  7]
# expect:  [ 0  5  8]
# expect:  [ 2  2 14]]
# expect: [7.  2.5 2.5 1. ]
# expect: [3 1 2 3]
# expect: [[4 4 4]
# expect:  [4 4 4]
# expect:  [4 4 4]]
