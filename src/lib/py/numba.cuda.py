"""numba.cuda (simulated): CUDA kernels on a simulated GPU, not Numba's CUDA target.

A kernel's values are the Python function's: a launch runs it once per GPU
thread, block by block, with cuda.grid / threadIdx / blockIdx / blockDim /
gridDim giving that thread's indices, in the interpreter with the cost
accounting suspended (numba's note). Its cost is the device's (_gpu: an
assumed T4-class GPU): the threads' compiled cost spread over the CUDA
cores, queued on the stream's lane ("GPU0 stream 0") asynchronously to the
host thread, which only pays the launch. Threads run one after another, so
a kernel whose threads race gives the sequential result (atomics are exact
for the same reason).

Covered: cuda.jit (kernels; device=True functions, called from kernels),
kernel[griddim, blockdim] and [griddim, blockdim, stream] launches with
Numba's checks of the dimensions and the device's limits (1024 threads per
block: CudaAPIError), cuda.grid(1|2|3), cuda.gridsize, threadIdx, blockIdx,
blockDim, gridDim, cuda.to_device, device_array, device_array_like,
DeviceNDArray.copy_to_host / shape / dtype / size / ndim / len / indexing,
numpy arrays passed to a kernel (copied to the device and back, as Numba
does), cuda.synchronize, cuda.stream, cuda.default_stream,
Stream.synchronize, cuda.atomic.add/max/min, cuda.is_available,
cuda.get_current_device, cuda.detect.
Refused (NotImplementedError naming it): shared and local arrays,
syncthreads, cuda.random, cooperative launches, pinned and mapped memory.
"""

import gilsim as _gilsim
import numba as _numba
import _numba as _k
import _gpu
import numpy as _np

_LAUNCH_HOST_S = 20e-6        # numba's dispatcher: typing the arguments, cuLaunchKernel


class CudaSupportError(Exception):
    pass


class CudaAPIError(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
        Exception.__init__(self, code, msg)

    def __str__(self):
        return '[%s] %s' % (self.code, self.msg)


class _Dim3:
    def __init__(self):
        self.x = self.y = self.z = 0

    def __repr__(self):
        return 'Dim3(x=%d, y=%d, z=%d)' % (self.x, self.y, self.z)


threadIdx = _Dim3()
blockIdx = _Dim3()
blockDim = _Dim3()
gridDim = _Dim3()
_in_kernel = [False]


def _kernel_only(name):
    if not _in_kernel[0]:
        raise RuntimeError('numba (simulated): cuda.%s is only available inside a kernel' % name)


def grid(ndim):
    _kernel_only('grid')
    x = blockIdx.x * blockDim.x + threadIdx.x
    if ndim == 1:
        return x
    y = blockIdx.y * blockDim.y + threadIdx.y
    if ndim == 2:
        return (x, y)
    if ndim == 3:
        return (x, y, blockIdx.z * blockDim.z + threadIdx.z)
    raise ValueError('argument can only be 1, 2, 3')


def gridsize(ndim):
    _kernel_only('gridsize')
    x = gridDim.x * blockDim.x
    if ndim == 1:
        return x
    y = gridDim.y * blockDim.y
    if ndim == 2:
        return (x, y)
    if ndim == 3:
        return (x, y, gridDim.z * blockDim.z)
    raise ValueError('argument can only be 1, 2, 3')


class _Atomic:
    """cuda.atomic: exact, since the simulated threads run one at a time."""

    @staticmethod
    def add(ary, idx, val):
        old = ary[idx]
        ary[idx] = old + val
        return old

    @staticmethod
    def max(ary, idx, val):
        old = ary[idx]
        if val > old:
            ary[idx] = val
        return old

    @staticmethod
    def min(ary, idx, val):
        old = ary[idx]
        if val < old:
            ary[idx] = val
        return old


atomic = _Atomic()


def _missing(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError('numba (simulated): numba.cuda.%s' % name)
    refuse.__name__ = name
    return refuse


class _Refused:
    def __init__(self, prefix):
        self._prefix = prefix

    def __getattr__(self, name):
        raise NotImplementedError('numba (simulated): numba.cuda.%s.%s' % (self._prefix, name))


shared = _Refused('shared')
local = _Refused('local')
const = _Refused('const')
random = _Refused('random')
syncthreads = _missing('syncthreads')
pinned_array = _missing('pinned_array')
mapped_array = _missing('mapped_array')
pinned = _missing('pinned')


# ---- streams ----

class Stream:
    def __init__(self, stream):
        self._s = stream

    def __repr__(self):
        if self._s.number == 0:
            return '<Default CUDA stream on <CUDA device 0 \'%s\'>>' % _gpu.DEVICE_NAME
        return '<CUDA stream %d on <CUDA device 0 \'%s\'>>' % (self._s.number, _gpu.DEVICE_NAME)

    def synchronize(self):
        self._s.synchronize()


def stream():
    return Stream(_gpu.new_stream())


def default_stream():
    return Stream(_gpu.streams[0])


def _stream_of(s):
    if s == 0 or s is None:
        return _gpu.streams[0]
    if isinstance(s, Stream):
        return s._s
    raise TypeError('stream must be a numba.cuda stream or 0, not %s' % type(s).__name__)


def synchronize():
    _gpu.synchronize_device()


# ---- device memory ----

class DeviceNDArray:
    """An array in the (simulated) device's memory."""

    def __init__(self, host):
        self._a = host

    def _numba_type(self):
        return 'array(%s, %dd, C)' % (self._a.dtype.name, self._a.ndim)

    shape = property(lambda self: self._a.shape)
    dtype = property(lambda self: self._a.dtype)
    size = property(lambda self: self._a.size)
    ndim = property(lambda self: self._a.ndim)
    nbytes = property(lambda self: self._a.nbytes)
    strides = property(lambda self: self._a.strides)

    def __len__(self):
        return len(self._a)

    def copy_to_host(self, ary=None, stream=0):
        st = _stream_of(stream)
        if ary is not None:
            if not isinstance(ary, _np.ndarray):
                raise TypeError('ary must be a numpy array')
            if ary.shape != self._a.shape:
                raise ValueError('incompatible shape; device %s; host %s' % (self._a.shape, ary.shape))
        _gpu.copy(st, self._a.nbytes, sync=stream == 0)
        if ary is None:
            return _gpu.values(self._a.copy)
        ary[...] = self._a
        return ary

    def copy_to_device(self, ary, stream=0):
        host = _np.asarray(ary)
        if host.shape != self._a.shape:
            raise ValueError('incompatible shape; device %s; host %s' % (self._a.shape, host.shape))
        _gpu.copy(_stream_of(stream), host.nbytes, sync=stream == 0)
        self._a[...] = host

    def __getitem__(self, idx):
        r = self._a[idx]
        if isinstance(r, _np.ndarray):
            return DeviceNDArray(r)
        _gpu.copy(_gpu.streams[0], self._a.itemsize)
        return r

    def __setitem__(self, idx, value):
        _gpu.copy(_gpu.streams[0], self._a.itemsize)
        self._a[idx] = value

    def __array__(self):
        return self.copy_to_host()


class _DeviceArrayModule:
    DeviceNDArray = DeviceNDArray


class _CudaDrv:
    devicearray = _DeviceArrayModule()


cudadrv = _CudaDrv()


def to_device(obj, stream=0, copy=True, to=None):
    if to is not None:
        to.copy_to_device(obj, stream)
        return to
    host = _gpu.values(lambda: _np.array(obj))     # the copy is the DMA's
    _gpu.copy(_stream_of(stream), host.nbytes, sync=stream == 0)
    return DeviceNDArray(host)


def device_array(shape, dtype=float, strides=None, order='C', stream=0):
    if order != 'C' or strides is not None:
        raise NotImplementedError('numba (simulated): device arrays in order %r or with strides' % order)
    return DeviceNDArray(_np.zeros(shape, dtype=dtype))


def device_array_like(ary, stream=0):
    return device_array(ary.shape, ary.dtype)


def is_available():
    return True


class _Device:
    name = _gpu.DEVICE_NAME
    id = 0
    compute_capability = (7, 5)
    MAX_THREADS_PER_BLOCK = _gpu.MAX_THREADS_PER_BLOCK
    MULTIPROCESSOR_COUNT = 40
    WARP_SIZE = 32

    def __repr__(self):
        return "<CUDA device 0 '%s'>" % self.name


def get_current_device():
    return _Device()


def detect():
    print('Found 1 CUDA devices')
    print("id 0    b'%s'                              [SUPPORTED]" % _gpu.DEVICE_NAME)
    print('                      Compute Capability: 7.5')
    print('                           PCI Device ID: 0')
    print('                              PCI Bus ID: 0')
    print('                                    UUID: GPU-simulated')
    print('                                Watchdog: Disabled')
    print('             FP32/FP64 Performance Ratio: 32')
    print('Summary:')
    print('\t1/1 devices are supported')
    return True


# ---- kernels ----

def _check_dim(dim, name):
    if not isinstance(dim, (tuple, list)):
        dim = [dim]
    else:
        dim = list(dim)
    if len(dim) > 3:
        raise ValueError('%s must be a sequence of 1, 2 or 3 integers, got %r' % (name, dim))
    for v in dim:
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError('%s must be a sequence of integers, got %r' % (name, dim))
    while len(dim) < 3:
        dim.append(1)
    return tuple(dim)


_MISSING_CONFIG = """
Kernel launch configuration was not specified. Use the syntax:

kernel_function[blockspergrid, threadsperblock](arg0, arg1, ..., argn)

See https://numba.readthedocs.io/en/stable/cuda/kernels.html#kernel-invocation for help.

"""


class _Launch:
    def __init__(self, kernel, griddim, blockdim, stream):
        self.kernel = kernel
        self.griddim = griddim
        self.blockdim = blockdim
        self.stream = stream

    def __call__(self, *args):
        return self.kernel._launch(self.griddim, self.blockdim, self.stream, args)


class Dispatcher:
    """A kernel compiled (here: simulated) by numba.cuda.jit."""

    def __init__(self, py_func, options):
        self.py_func = py_func
        self.targetoptions = options
        self.__name__ = py_func.__name__
        self.__doc__ = py_func.__doc__
        self._sigs = []

    def __repr__(self):
        return '<numba.cuda.dispatcher.CUDADispatcher object (simulated) for %s>' % self.__name__

    def __getitem__(self, config):
        if not isinstance(config, tuple) or len(config) not in (2, 3, 4):
            raise ValueError('must specify at least the griddim and blockdim')
        griddim, blockdim = config[0], config[1]
        stream = config[2] if len(config) > 2 else 0
        if None in (griddim, blockdim):
            raise ValueError(_MISSING_CONFIG)
        return _Launch(self, _check_dim(griddim, 'griddim'), _check_dim(blockdim, 'blockdim'),
                       _stream_of(stream))

    def __call__(self, *args, **kwargs):
        raise ValueError(_MISSING_CONFIG)

    def forall(self, ntasks, tpb=0, stream=0, sharedmem=0):
        tpb = tpb or 128
        return self[(ntasks + tpb - 1) // tpb, tpb, stream]

    def _launch(self, griddim, blockdim, stream, args):
        threads = blockdim[0] * blockdim[1] * blockdim[2]
        for d, lim in zip(griddim, _gpu.MAX_GRID):
            if d < 1 or d > lim:
                raise CudaAPIError(1, 'Call to cuLaunchKernel results in CUDA_ERROR_INVALID_VALUE')
        if min(blockdim) < 1 or threads > _gpu.MAX_THREADS_PER_BLOCK or blockdim[2] > 64:
            raise CudaAPIError(1, 'Call to cuLaunchKernel results in CUDA_ERROR_INVALID_VALUE')
        # typing the arguments: numpy arrays are copied to the device
        bad = [(i, a) for i, a in enumerate(args) if _numba._type_name(a) is None]
        if bad:
            raise _numba._typing_error(self.py_func, bad)
        sig = tuple(_numba._type_name(a) for a in args)
        if sig not in self._sigs:
            self._sigs.append(sig)
            _numba._charge_compile('%s%s (CUDA kernel)' % (self.__name__, _numba._sig_str(sig)))
        host_arrays = [a for a in args if isinstance(a, _np.ndarray)]
        for a in host_arrays:
            _gpu.copy(stream, a.nbytes)
        _gilsim.cpu(_LAUNCH_HOST_S)
        dev_args = [a._a if isinstance(a, DeviceNDArray) else a for a in args]
        f = self.py_func
        stats = [0, 0]

        def run_all():
            gridDim.x, gridDim.y, gridDim.z = griddim
            blockDim.x, blockDim.y, blockDim.z = blockdim
            longest = 0
            start = _k.reading()
            _in_kernel[0] = True
            try:
                for bz in range(griddim[2]):
                    for by in range(griddim[1]):
                        for bx in range(griddim[0]):
                            blockIdx.x, blockIdx.y, blockIdx.z = bx, by, bz
                            for tz in range(blockdim[2]):
                                for ty in range(blockdim[1]):
                                    for tx in range(blockdim[0]):
                                        threadIdx.x, threadIdx.y, threadIdx.z = tx, ty, tz
                                        t0 = _k.reading()
                                        if f(*dev_args) is not None:
                                            raise TypeError('CUDA kernel must have void return type.')
                                        t = _k.reading() - t0
                                        if t > longest:
                                            longest = t
            finally:
                _in_kernel[0] = False
            stats[0] = _k.reading() - start
            stats[1] = longest

        _k.run(run_all, _numba._SPEEDUP, False)
        stream.submit(_gpu.kernel_ns(stats[0], stats[1]), self.__name__)
        # numpy arguments come back once the kernel is done
        for a in host_arrays:
            _gpu.copy(stream, a.nbytes)


def jit(func_or_sig=None, device=False, **options):
    """Compile a CUDA kernel (simulated: see the module's docstring)."""
    def wrap(func):
        if device:
            return func
        return Dispatcher(func, options)
    if func_or_sig is None or isinstance(func_or_sig, (str, tuple, list)):
        return wrap
    return wrap(func_or_sig)
