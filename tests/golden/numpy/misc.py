# numpy: lists and ranges into functions, 0-d arrays, where/maximum, *_like
# python3: needs numpy
import numpy as np
print(repr(np.array(range(5))), np.sum([1, 2, 3]), np.mean([1.0, 2.0]), repr(np.array(5)), np.array(5) + 1)
a = np.arange(6.0)
print(a[a > 2].sum(), np.maximum(a, 2.5), np.where(a > 2, a, 0.0))
print(np.zeros_like(a), np.ones_like(np.arange(2)))

# expect: array([0, 1, 2, 3, 4]) 6 1.5 array(5) 6
# expect: 12.0 [2.5 2.5 2.5 3.  4.  5. ] [0. 0. 0. 3. 4. 5.]
# expect: [0. 0. 0. 0. 0. 0.] [1 1]
