# cupy: device arrays compute numpy's values; results print as numpy's
# (0-d arrays for reductions and integer indexing); CuPy's errors
# python3: needs cupy
import numpy as np
import cupy as cp

x = np.linspace(0.0, 1.0, 5)
g = cp.asarray(x)
print(g)
print(repr(g * 2 + 1))
print(cp.sqrt(g * g + 1.0))
print(g.sum(), repr(g.sum()), g.mean(), g.max(), g.argmax())
m = cp.arange(6).reshape(2, 3)
print(repr(m))
print(m.sum(axis=0), m.sum(axis=1))
print(m @ cp.ones((3, 2)))
print(m.T.shape, m.dtype, m.size, m.ndim, m.nbytes)
print(m[1], m[1, 2], repr(m[1, 2]))
print(cp.asnumpy(m + 10))
print(type(cp.asnumpy(m)).__name__, type(m).__name__)
print(float(g.sum()), int(m.sum()), bool(m.sum() > 3))
print(cp.where(m > 2, m, -m))
print((cp.arange(4) < 2).sum())
h = cp.zeros(4)
h[1:3] = 5.0
print(h)
try:
    g + x
except TypeError as e:
    print('TypeError', e)
try:
    cp.arange(3) + cp.arange(4)
except ValueError as e:
    print('ValueError', e)
try:
    bool(cp.arange(3))
except ValueError as e:
    print('ValueError', e)
try:
    cp.cuda.Device(1)
except cp.cuda.runtime.CUDARuntimeError as e:
    print('CUDARuntimeError', e)
print(cp.cuda.runtime.getDeviceCount())
# expect: [0.   0.25 0.5  0.75 1.  ]
# expect: array([1. , 1.5, 2. , 2.5, 3. ])
# expect: [1.         1.03077641 1.11803399 1.25       1.41421356]
# expect: 2.5 array(2.5) 0.5 1.0 4
# expect: array([[0, 1, 2],
# expect:        [3, 4, 5]])
# expect: [3 5 7] [ 3 12]
# expect: [[ 3.  3.]
# expect:  [12. 12.]]
# expect: (3, 2) int64 6 2 48
# expect: [3 4 5] 5 array(5)
# expect: [[10 11 12]
# expect:  [13 14 15]]
# expect: ndarray ndarray
# expect: 2.5 15 True
# expect: [[ 0 -1 -2]
# expect:  [ 3  4  5]]
# expect: 2
# expect: [0. 5. 5. 0.]
# expect: TypeError Unsupported type <class 'numpy.ndarray'>
# expect: ValueError operands could not be broadcast together with shapes (3,) (4,) 
# expect: ValueError The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
# expect: CUDARuntimeError cudaErrorInvalidDevice: invalid device ordinal
# expect: 1
