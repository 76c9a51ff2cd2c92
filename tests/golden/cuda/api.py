# numba.cuda: kernels see their thread's indices; device arrays, copies,
# numpy arguments copied both ways, 2-D grids, atomics, streams, and
# Numba's errors for bad launch configurations
# python3: skip (CUDA needs a GPU; these values are the kernels' Python arithmetic)
import numpy as np
from numba import cuda


@cuda.jit
def where_am_i(out):
    i = cuda.grid(1)
    if i < out.size:
        out[i] = cuda.blockIdx.x * 100 + cuda.threadIdx.x


@cuda.jit
def add_one(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] += 1.0


@cuda.jit
def table(m):
    x, y = cuda.grid(2)
    if x < m.shape[0] and y < m.shape[1]:
        m[x, y] = x * 10 + y


@cuda.jit
def histogram(data, bins):
    i = cuda.grid(1)
    if i < data.size:
        cuda.atomic.add(bins, data[i] % 4, 1)


d = cuda.device_array(6, dtype=np.int64)
where_am_i[2, 4](d)
print(d.copy_to_host())
print(d.shape, d.dtype, d.size, len(d))

h = np.arange(5.0)
add_one[1, 8](h)               # a numpy argument: copied in and back
print(h)
dh = cuda.to_device(h)
add_one[1, 8](dh)
print(h, dh.copy_to_host())

m = cuda.device_array((3, 4), dtype=np.int64)
table[(2, 2), (2, 2)](m)
print(m.copy_to_host())

bins = cuda.to_device(np.zeros(4, dtype=np.int64))
histogram[4, 32](cuda.to_device(np.arange(100)), bins)
print(bins.copy_to_host())

s = cuda.stream()
add_one[1, 8, s](dh)
s.synchronize()
print(dh.copy_to_host(), cuda.is_available(), cuda.get_current_device().name)

for config in ((0, 8), (1, 2048), (1.0, 8), ((1, 1, 1, 1), 8)):
    try:
        add_one[config](dh)
    except Exception as e:
        print(type(e).__name__, e)
try:
    add_one(dh)
except ValueError as e:
    print('ValueError', str(e).splitlines()[1])
try:
    cuda.syncthreads()
except NotImplementedError as e:
    print('NotImplementedError', e)
# expect: [  0   1   2   3 100 101]
# expect: (6,) int64 6 6
# expect: [1. 2. 3. 4. 5.]
# expect: [1. 2. 3. 4. 5.] [2. 3. 4. 5. 6.]
# expect: [[ 0  1  2  3]
# expect:  [10 11 12 13]
# expect:  [20 21 22 23]]
# expect: [25 25 25 25]
# expect: [3. 4. 5. 6. 7.] True Tesla T4 (simulated)
# expect: CudaAPIError [1] Call to cuLaunchKernel results in CUDA_ERROR_INVALID_VALUE
# expect: CudaAPIError [1] Call to cuLaunchKernel results in CUDA_ERROR_INVALID_VALUE
# expect: TypeError griddim must be a sequence of integers, got [1.0]
# expect: ValueError griddim must be a sequence of 1, 2 or 3 integers, got [1, 1, 1, 1]
# expect: ValueError Kernel launch configuration was not specified. Use the syntax:
# expect: NotImplementedError numba (simulated): numba.cuda.syncthreads
