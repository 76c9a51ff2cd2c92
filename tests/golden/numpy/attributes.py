# numpy: shape, dtype, size, ndim, itemsize, nbytes, T, len
# python3: needs numpy
import numpy as np
a = np.arange(6).reshape(2, 3)
print(a.shape, a.ndim, a.size, a.dtype, a.itemsize, a.nbytes)
print(a.T.shape, len(a), len(a.T))
f = np.linspace(0, 1, 3)
print(f.shape, f.ndim, f.size, f.dtype)
b = np.array([True, False])
print(b.dtype, b.itemsize, b.nbytes)
print(a.dtype == np.int64, f.dtype == float, repr(f.dtype), str(b.dtype))

# expect: (2, 3) 2 6 int64 8 48
# expect: (3, 2) 2 3
# expect: (3,) 1 3 float64
# expect: bool 1 2
# expect: True True dtype('float64') bool
