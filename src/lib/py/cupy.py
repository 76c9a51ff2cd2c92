"""cupy (simulated): a teaching subset of CuPy 12 on a simulated GPU, not CuPy itself.

An array lives in the (simulated) device's memory: its values are those of
gilsim's simulated numpy, computed at no host cost, so they are exactly
numpy's for the same operations. What a GPU changes is the cost and where
it is paid (_gpu: an assumed T4-class device, no GPU here to measure):
  - every operation is a kernel launch: the host thread pays the launch
    (_LAUNCH_S, the GIL held) and goes on at once, while the kernel is queued
    on the current stream's lane ("GPU0 stream N" on the timeline) and runs
    there asynchronously, at the device's memory bandwidth (elementwise work
    and reductions) or float64 speed (matmul);
  - host <-> device copies (asarray of a numpy array, asnumpy, get, printing,
    float() of a result) wait for the stream's queued work and then for the
    copy, charged per byte over PCIe, with the GIL released meanwhile;
  - cupy.cuda.Stream() makes a new stream, a lane of its own; `with
    stream:` makes it current; Stream.synchronize and
    cupy.cuda.Device().synchronize wait with the GIL released.

Covered: ndarray (float64, int64, bool; 0-D results of reductions and of
integer indexing), array, asarray, asnumpy, ndarray.get, zeros, ones, empty,
full, arange, linspace, *_like, shape/dtype/size/ndim/nbytes/T, reshape,
ravel, copy, astype, indexing and slicing, + - * / // % ** and comparisons
with broadcasting, sqrt, sin, cos, exp, log, abs, maximum, minimum, where,
sum, mean, min, max, argmax, argmin, std, var (axis=), dot, matmul and @,
cupy.random.seed/rand/random (numpy-simulated values, not CuPy's streams),
cupy.cuda.Stream, Stream.null, get_current_stream, Device,
runtime.getDeviceCount. Mixing a numpy array into a cupy operation raises
CuPy's TypeError. Anything else raises NotImplementedError naming it.
"""

import gilsim as _gilsim
import _gpu
import numpy as _np

__version__ = '12.2.0'

_LAUNCH_S = 10e-6         # CuPy's host side of one kernel launch (Python + cuLaunchKernel)


# ---- streams and the device ----

class Stream:
    def __init__(self, null=False, non_blocking=False, ptds=False):
        self._s = _gpu.streams[0] if null else _gpu.new_stream()
        self._prev = []

    def __repr__(self):
        return '<Stream %d (device 0)>' % self._s.number

    def synchronize(self):
        self._s.synchronize()

    @property
    def done(self):
        return self._s.idle_at() <= _gilsim.now()

    def use(self):
        _current[0] = self
        return self

    def __enter__(self):
        self._prev.append(_current[0])
        _current[0] = self
        return self

    def __exit__(self, *exc):
        _current[0] = self._prev.pop()
        return False


Stream.null = Stream(null=True)
_current = [Stream.null]


def get_current_stream():
    return _current[0]


class CUDARuntimeError(RuntimeError):
    pass


class Device:
    def __init__(self, device=None):
        if device is None:
            device = 0
        if device != 0:
            raise CUDARuntimeError('cudaErrorInvalidDevice: invalid device ordinal')
        self.id = 0

    def __repr__(self):
        return '<CUDA Device 0>'

    def synchronize(self):
        _gpu.synchronize_device()

    def use(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    @property
    def compute_capability(self):
        return '75'


class _Runtime:
    CUDARuntimeError = CUDARuntimeError

    @staticmethod
    def getDeviceCount():
        return 1

    @staticmethod
    def deviceSynchronize():
        _gpu.synchronize_device()


class _Cuda:
    Stream = Stream
    Device = Device
    runtime = _Runtime()
    get_current_stream = staticmethod(get_current_stream)

    @staticmethod
    def is_available():
        return True


cuda = _Cuda()


# ---- arrays ----

def _unwrap(x):
    if isinstance(x, ndarray):
        return x._value()
    if isinstance(x, (bool, int, float)):
        return x
    raise TypeError('Unsupported type %r' % (type(x),))


def _wrap(r):
    if isinstance(r, _np.ndarray):
        return ndarray(r)
    return ndarray(_np.array([r]), scalar=True)


def _launch(name, fn, operands, out_bytes=None):
    """One kernel: the host pays the launch, the stream does the work."""
    _gilsim.cpu(_LAUNCH_S)
    vals = [_unwrap(x) for x in operands]
    r = _gpu.values(lambda: fn(*vals))
    nbytes = 0
    for v in vals:
        if isinstance(v, _np.ndarray):
            nbytes += v.nbytes
    nbytes += r.nbytes if isinstance(r, _np.ndarray) else 8
    _current[0]._s.submit(_gpu.elementwise_ns(nbytes), name)
    return _wrap(r)


def _to_host(a):
    """Wait for the current stream and copy a's bytes to the host."""
    _gpu.copy(_current[0]._s, a._a.nbytes if not a._scalar else 8)


class ndarray:
    """An array in the simulated GPU's memory."""

    __hash__ = None

    def __init__(self, host, scalar=False):
        self._a = host
        self._scalar = scalar

    def _value(self):
        return self._a.tolist()[0] if self._scalar else self._a

    shape = property(lambda self: () if self._scalar else self._a.shape)
    ndim = property(lambda self: 0 if self._scalar else self._a.ndim)
    size = property(lambda self: 1 if self._scalar else self._a.size)
    dtype = property(lambda self: self._a.dtype)
    itemsize = property(lambda self: self._a.itemsize)
    nbytes = property(lambda self: self._a.itemsize if self._scalar else self._a.nbytes)
    T = property(lambda self: self if self._scalar else ndarray(self._a.T))

    @property
    def device(self):
        return Device(0)

    def get(self, stream=None):
        _to_host(self)
        if self._scalar:
            return self._value()
        return _gpu.values(self._a.copy)

    def __repr__(self):
        _to_host(self)
        if self._scalar:
            # numpy prints a 0-d array as its element inside array(...)
            r = repr(self._a)
            return 'array(' + r[len('array(['):r.rindex('])')] + ')'
        return repr(self._a)

    def __str__(self):
        _to_host(self)
        if self._scalar:
            return str(self._value())
        return str(self._a)

    def __len__(self):
        if self._scalar:
            raise TypeError('len() of unsized object')
        return len(self._a)

    def __iter__(self):
        if self._scalar:
            raise TypeError('iteration over a 0-d array')
        for i in range(len(self._a)):
            yield self[i]

    def _host_scalar(self, conv):
        if self.size != 1:
            raise TypeError('only length-1 arrays can be converted to Python scalars')
        _to_host(self)
        return conv(self._value() if self._scalar else self._a.tolist()[0] if self._a.ndim == 1
                    else self._a.ravel().tolist()[0])

    def __float__(self):
        return self._host_scalar(float)

    def __int__(self):
        return self._host_scalar(int)

    def __index__(self):
        if self._a.dtype.name != 'int64':
            raise TypeError('only integer scalar arrays can be converted to a scalar index')
        return self._host_scalar(int)

    def __bool__(self):
        if self.size != 1:
            raise ValueError('The truth value of an array with more than one element is ambiguous. '
                             'Use a.any() or a.all()')
        return self._host_scalar(bool)

    def __getitem__(self, key):
        if self._scalar:
            raise IndexError('too many indices for array: array is 0-dimensional, but 1 were indexed')
        if isinstance(key, ndarray):
            return _launch('take', lambda a, k: a[k], (self, key))
        r = self._a[key]
        return _wrap(r)

    def __setitem__(self, key, value):
        if self._scalar:
            raise IndexError('too many indices for array')
        if isinstance(key, ndarray):
            key = key._value()
        v = _unwrap(value)

        def put(a):
            a[key] = v
            return a
        _launch('setitem', put, (self,))

    def __add__(self, o): return _launch('add', lambda a, b: a + b, (self, o))
    def __radd__(self, o): return _launch('add', lambda a, b: a + b, (o, self))
    def __sub__(self, o): return _launch('subtract', lambda a, b: a - b, (self, o))
    def __rsub__(self, o): return _launch('subtract', lambda a, b: a - b, (o, self))
    def __mul__(self, o): return _launch('multiply', lambda a, b: a * b, (self, o))
    def __rmul__(self, o): return _launch('multiply', lambda a, b: a * b, (o, self))
    def __truediv__(self, o): return _launch('true_divide', lambda a, b: a / b, (self, o))
    def __rtruediv__(self, o): return _launch('true_divide', lambda a, b: a / b, (o, self))
    def __floordiv__(self, o): return _launch('floor_divide', lambda a, b: a // b, (self, o))
    def __rfloordiv__(self, o): return _launch('floor_divide', lambda a, b: a // b, (o, self))
    def __mod__(self, o): return _launch('remainder', lambda a, b: a % b, (self, o))
    def __rmod__(self, o): return _launch('remainder', lambda a, b: a % b, (o, self))
    def __pow__(self, o): return _launch('power', lambda a, b: a ** b, (self, o))
    def __rpow__(self, o): return _launch('power', lambda a, b: a ** b, (o, self))
    def __lt__(self, o): return _launch('less', lambda a, b: a < b, (self, o))
    def __le__(self, o): return _launch('less_equal', lambda a, b: a <= b, (self, o))
    def __gt__(self, o): return _launch('greater', lambda a, b: a > b, (self, o))
    def __ge__(self, o): return _launch('greater_equal', lambda a, b: a >= b, (self, o))
    def __eq__(self, o): return _launch('equal', lambda a, b: a == b, (self, o))
    def __ne__(self, o): return _launch('not_equal', lambda a, b: a != b, (self, o))
    def __and__(self, o): return _launch('bitwise_and', lambda a, b: a & b, (self, o))
    def __or__(self, o): return _launch('bitwise_or', lambda a, b: a | b, (self, o))
    def __neg__(self): return _launch('negative', lambda a: -a, (self,))
    def __abs__(self): return _launch('absolute', lambda a: _np.abs(a), (self,))
    def __matmul__(self, o): return matmul(self, o)
    def __rmatmul__(self, o): return matmul(o, self)

    def reshape(self, *shape):
        if self._scalar:
            raise NotImplementedError('cupy (simulated): reshape of a 0-d array')
        return ndarray(self._a.reshape(*shape))

    def ravel(self):
        return ndarray(self._a.ravel()) if not self._scalar else ndarray(self._a)

    def copy(self):
        r = _launch('copy', lambda a: a.copy() if isinstance(a, _np.ndarray) else a, (self,))
        r._scalar = self._scalar
        return r

    def astype(self, dtype):
        return _launch('astype', lambda a: _np.asarray(a).astype(dtype), (self,))

    def sum(self, axis=None): return _launch('sum', lambda a: _np.sum(a, axis), (self,))
    def mean(self, axis=None): return _launch('mean', lambda a: _np.mean(a, axis), (self,))
    def max(self, axis=None): return _launch('max', lambda a: _np.amax(a, axis), (self,))
    def min(self, axis=None): return _launch('min', lambda a: _np.amin(a, axis), (self,))
    def argmax(self, axis=None): return _launch('argmax', lambda a: _np.argmax(a, axis), (self,))
    def argmin(self, axis=None): return _launch('argmin', lambda a: _np.argmin(a, axis), (self,))
    def std(self, axis=None): return _launch('std', lambda a: _np.std(a, axis), (self,))
    def var(self, axis=None): return _launch('var', lambda a: _np.var(a, axis), (self,))


# ---- creation and copies ----

def array(obj, dtype=None, copy=True):
    if isinstance(obj, ndarray):
        r = obj.copy() if dtype is None else obj.astype(dtype)
        return r
    host = _gpu.values(lambda: _np.array(obj, dtype=dtype))   # the copy is the DMA's
    d = ndarray(host)
    _gpu.copy(_current[0]._s, host.nbytes)
    return d


def asarray(a, dtype=None):
    if isinstance(a, ndarray) and (dtype is None or a.dtype == dtype):
        return a
    return array(a, dtype)


def asnumpy(a, stream=None, order='C'):
    if isinstance(a, ndarray):
        return a.get()
    return _np.asarray(a)


def _made(name, fn):
    _gilsim.cpu(_LAUNCH_S)
    r = _gpu.values(fn)
    _current[0]._s.submit(_gpu.elementwise_ns(r.nbytes if isinstance(r, _np.ndarray) else 8), name)
    return _wrap(r)


def zeros(shape, dtype=float): return _made('fill', lambda: _np.zeros(shape, dtype))
def ones(shape, dtype=float): return _made('fill', lambda: _np.ones(shape, dtype))
def empty(shape, dtype=float): return _made('fill', lambda: _np.empty(shape, dtype))
def full(shape, fill_value, dtype=None): return _made('fill', lambda: _np.full(shape, fill_value, dtype))
def zeros_like(a, dtype=None): return zeros(a.shape, dtype or a.dtype)
def ones_like(a, dtype=None): return ones(a.shape, dtype or a.dtype)
def empty_like(a, dtype=None): return empty(a.shape, dtype or a.dtype)


def arange(*args, **kwargs):
    return _made('arange', lambda: _np.arange(*args, **kwargs))


def linspace(*args, **kwargs):
    return _made('linspace', lambda: _np.linspace(*args, **kwargs))


# ---- functions ----

def sqrt(x): return _launch('sqrt', _np.sqrt, (x,))
def sin(x): return _launch('sin', _np.sin, (x,))
def cos(x): return _launch('cos', _np.cos, (x,))
def exp(x): return _launch('exp', _np.exp, (x,))
def log(x): return _launch('log', _np.log, (x,))
def abs(x): return _launch('absolute', _np.abs, (x,))
absolute = abs
def add(a, b): return _launch('add', _np.add, (a, b))
def subtract(a, b): return _launch('subtract', _np.subtract, (a, b))
def multiply(a, b): return _launch('multiply', _np.multiply, (a, b))
def divide(a, b): return _launch('true_divide', _np.divide, (a, b))
def power(a, b): return _launch('power', _np.power, (a, b))
def maximum(a, b): return _launch('maximum', _np.maximum, (a, b))
def minimum(a, b): return _launch('minimum', _np.minimum, (a, b))
def where(c, a, b): return _launch('where', _np.where, (c, a, b))
def sum(a, axis=None): return a.sum(axis) if isinstance(a, ndarray) else _launch('sum', _np.sum, (a,))
def mean(a, axis=None): return _launch('mean', lambda v: _np.mean(v, axis), (a,))
def amax(a, axis=None): return _launch('max', lambda v: _np.amax(v, axis), (a,))
def amin(a, axis=None): return _launch('min', lambda v: _np.amin(v, axis), (a,))
max = amax
min = amin
def argmax(a, axis=None): return _launch('argmax', lambda v: _np.argmax(v, axis), (a,))
def argmin(a, axis=None): return _launch('argmin', lambda v: _np.argmin(v, axis), (a,))
def std(a, axis=None): return _launch('std', lambda v: _np.std(v, axis), (a,))
def var(a, axis=None): return _launch('var', lambda v: _np.var(v, axis), (a,))


def matmul(a, b):
    _gilsim.cpu(_LAUNCH_S)
    va, vb = _unwrap(a), _unwrap(b)
    r = _gpu.values(lambda: _np.matmul(va, vb))
    sa = va.shape if isinstance(va, _np.ndarray) else ()
    sb = vb.shape if isinstance(vb, _np.ndarray) else ()
    n = sa[0] if len(sa) == 2 else 1
    k = sa[-1] if sa else 1
    m = sb[1] if len(sb) == 2 else 1
    _current[0]._s.submit(_gpu.matmul_ns(n, k, m), 'matmul')
    return _wrap(r)


dot = matmul
float64 = _np.float64
int64 = _np.int64
bool_ = _np.bool_


class _Random:
    """cupy.random: numpy-simulated values (not CuPy's generator streams)."""

    def __init__(self):
        self._g = _np.random.default_rng(None)

    def seed(self, seed=None):
        self._g = _np.random.default_rng(seed)

    def random(self, size=None):
        g = self._g
        return _made('random', lambda: g.random(size))

    def rand(self, *shape):
        return self.random(shape if shape else None)


random = _Random()


def _missing(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError('cupy (simulated): %s' % name)
    refuse.__name__ = name
    return refuse


ElementwiseKernel = _missing('ElementwiseKernel')
RawKernel = _missing('RawKernel')
ReductionKernel = _missing('ReductionKernel')
fuse = _missing('fuse')
