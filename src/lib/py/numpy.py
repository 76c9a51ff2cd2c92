"""numpy (simulated): a teaching subset of NumPy, not NumPy itself.

gilsim has no NumPy; this module imitates the part of its API a lesson on
threads needs, with NumPy 1.24's values, printing and errors, and a cost
model calibrated against the real NumPy on the machine that built it
(tests/calibrate/numpy-costs.py, figures in numpy-costs.txt there).

Covered: ndarray of float64, int64 and bool in 1-D and 2-D (0-D only as the
Python scalars below); array, asarray, arange, linspace, zeros, ones, empty
(zero-filled here: NumPy leaves it uninitialised), full, *_like; shape, dtype,
size, ndim, T, itemsize, nbytes; indexing and slicing (views that share
memory, negative steps), boolean masks, integer-list indexing (copies);
reshape, ravel, flatten, transpose, copy, astype, tolist, fill, iteration,
len, in; + - * / // % ** & | ^ ~ and the six comparisons with broadcasting
(and their in-place forms), unary - and abs; the ufuncs sqrt, sin, cos, exp,
log, abs/absolute; sum, mean, min, max, argmax, argmin, std, var, prod-free
reductions with axis=; dot, matmul and @; repr/str in NumPy's format
(precision 8, 75 columns, '...' beyond 1000 elements).

Differences, by design:
  - Scalars taken out of an array (a[0], a.sum()) are Python float, int and
    bool: they print as np.float64/np.int64/np.bool_ print in NumPy 1.24,
    but type() names the Python type.
  - np.random (default_rng(seed).random/integers/normal, seed, rand) is a
    different generator: its values are NOT NumPy's streams.
  - dot/matmul of floats sums left to right; NumPy's BLAS may differ in the
    last bit for long non-integral vectors.
  - Anything else raises NotImplementedError naming the feature.

The GIL: NumPy releases the GIL inside a kernel when no Python objects are
involved and the loop is longer than 500 elements (NPY_BEGIN_THREADS_
THRESHOLDED). So here: every kernel over more than 500 elements is charged as
native work with the GIL released (gilsim.cpu(t, release_gil=True): other
threads run Python meanwhile, and several such kernels run in parallel on
--cores); a kernel over 500 elements or fewer holds it, as do the Python
parts of this module (argument handling, printing), charged like any
Python code.
"""

import gilsim as _gilsim
import _numpy as _k
import random as _pyrandom

__version__ = '1.24.2'

_builtin_max = max
_builtin_min = min

# calibrated ns per element (tests/calibrate/numpy-costs.txt, rounded)
_COST_NS = {'add': 0.5, 'div': 0.45, 'floordiv': 7.5, 'pow': 2.2, 'cmp': 0.24,
            'sqrt': 1.17, 'sin': 1.2, 'exp': 0.77, 'log': 0.72, 'sum': 0.18, 'max': 0.1,
            'copy': 0.22, 'matmul': 1.1}
_RELEASE_THRESHOLD = 500

_F, _I, _B = 0, 1, 2
_KIND = {'float64': _F, 'int64': _I, 'bool': _B}
_KIND_NAME = ['float64', 'int64', 'bool']


def _charge(what, n):
    t = n * _COST_NS[what] * 1e-9
    if t > 0:
        _gilsim.cpu(t, release_gil=n > _RELEASE_THRESHOLD)


class dtype:
    def __init__(self, spec):
        self.name = _dtype_name(spec)
        self.itemsize = 1 if self.name == 'bool' else 8
        self.kind = {'float64': 'f', 'int64': 'i', 'bool': 'b'}[self.name]

    def __repr__(self):
        return "dtype('%s')" % self.name

    def __str__(self):
        return self.name

    def __eq__(self, other):
        try:
            return self.name == _dtype_name(other)
        except TypeError:
            return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.name)


class _ScalarType:
    def __init__(self, name, conv):
        self.__name__ = name
        self._conv = conv

    def __call__(self, x=0):
        return self._conv(x)

    def __repr__(self):
        return "<class 'numpy.%s'>" % self.__name__


float64 = _ScalarType('float64', float)
int64 = _ScalarType('int64', int)
bool_ = _ScalarType('bool_', bool)
float_ = float64
int_ = int64


_OTHER_DTYPES = ('float32', 'float16', 'int32', 'int16', 'int8', 'uint8', 'uint16', 'uint32',
                 'uint64', 'complex64', 'complex128', 'complex', 'object', 'str', 'f4', 'i4')


def _dtype_name(spec):
    if isinstance(spec, dtype):
        return spec.name
    if spec is None or spec is float or spec is float64 or spec in ('float64', 'float', 'f8', 'd'):
        return 'float64'
    if spec is int or spec is int64 or spec in ('int64', 'int', 'i8'):
        return 'int64'
    if spec is bool or spec is bool_ or spec in ('bool', '?', 'bool_'):
        return 'bool'
    if spec in _OTHER_DTYPES:
        raise NotImplementedError('numpy (simulated): dtype %s (float64, int64 and bool only)' % spec)
    if isinstance(spec, str):
        raise TypeError("data type '%s' not understood" % spec)
    raise NotImplementedError('numpy (simulated): dtype %r (float64, int64 and bool only)' % (spec,))


def _kind_of_value(x):
    if isinstance(x, bool):
        return _B
    if isinstance(x, int):
        return _I
    if isinstance(x, float):
        return _F
    raise NotImplementedError('numpy (simulated): elements of type %s (float, int and bool only)'
                              % type(x).__name__)


def _conv(kind, x):
    if kind == _F:
        return float(x)
    if kind == _I:
        return int(x)
    return bool(x)


def _shape_str(shape):
    return '(' + ','.join(str(n) for n in shape) + (',)' if len(shape) == 1 else ')')


class ndarray:
    """An n-dimensional array (1-D or 2-D) of float64, int64 or bool."""

    def __init__(self, shape, dtype=float, buffer=None, offset=0, strides=None):
        shape = _as_shape(shape)
        name = _dtype_name(dtype)
        if buffer is None:
            n = 1
            for d in shape:
                n *= d
            buffer = [_conv(_KIND[name], 0)] * n
        if strides is None:
            strides = _c_strides(shape)
        self._data = buffer
        self._off = offset
        self._shape = shape
        self._strides = strides
        self._dt = name
        self._kind = _KIND[name]

    # ---- attributes ----
    shape = property(lambda self: self._shape, lambda self, v: self._set_shape(v))
    ndim = property(lambda self: len(self._shape))
    size = property(lambda self: _prod(self._shape))
    dtype = property(lambda self: dtype(self._dt))
    itemsize = property(lambda self: 1 if self._dt == 'bool' else 8)
    nbytes = property(lambda self: _prod(self._shape) * (1 if self._dt == 'bool' else 8))
    T = property(lambda self: self.transpose())
    strides = property(lambda self: tuple(s * (1 if self._dt == 'bool' else 8) for s in self._strides))

    def _set_shape(self, v):
        r = self.reshape(v)
        if r._data is not self._data:
            raise AttributeError('Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.')
        self._shape, self._strides, self._off = r._shape, r._strides, r._off

    def _view2(self):
        """(offset, s0, s1, n0, n1) of this array as 2-D."""
        if len(self._shape) == 2:
            return self._off, self._strides[0], self._strides[1], self._shape[0], self._shape[1]
        if len(self._shape) == 1:
            return self._off, 0, self._strides[0], 1, self._shape[0]
        return self._off, 0, 0, 1, 1

    def _contiguous(self):
        return self._strides == _c_strides(self._shape)

    def _flat(self):
        """The elements in C order, as a new list."""
        o, s0, s1, n0, n1 = self._view2()
        if self._contiguous() and o == 0 and len(self._data) == n0 * n1:
            return list(self._data)
        return _k.unop(10, self._data, o, s0, s1, n0, n1)

    def copy(self, order='C'):
        _charge('copy', self.size)
        return ndarray(self._shape, self._dt, self._flat())

    def astype(self, dtype, copy=True):
        name = _dtype_name(dtype)
        _charge('copy', self.size)
        o, s0, s1, n0, n1 = self._view2()
        code = {'float64': 7, 'int64': 8, 'bool': 9}[name]
        return ndarray(self._shape, name, _k.unop(code, self._data, o, s0, s1, n0, n1))

    def tolist(self):
        flat = self._flat()
        if len(self._shape) == 1:
            return flat
        n1 = self._shape[1]
        return [flat[i * n1:(i + 1) * n1] for i in range(self._shape[0])]

    def fill(self, value):
        self[...] = value

    def reshape(self, *shape):
        if len(shape) == 1:
            shape = shape[0]
        shape = _as_shape(shape, True)
        n = self.size
        if shape.count(-1) > 1:
            raise ValueError('can only specify one unknown dimension')
        if -1 in shape:
            known = 1
            for d in shape:
                if d != -1:
                    known *= d
            if known == 0 or n % known:
                raise ValueError('cannot reshape array of size %d into shape (%s)'
                                 % (n, ','.join(str(d) for d in shape if d != -1)))
            shape = tuple(n // known if d == -1 else d for d in shape)
        if _prod(shape) != n:
            raise ValueError('cannot reshape array of size %d into shape %s' % (n, _shape_str(shape)))
        if len(shape) > 2:
            raise NotImplementedError('numpy (simulated): arrays of more than 2 dimensions')
        if self._contiguous():
            return ndarray(shape, self._dt, self._data, self._off)
        return ndarray(shape, self._dt, self._flat())

    def ravel(self):
        return self.reshape(-1)

    def flatten(self):
        return ndarray((self.size,), self._dt, self._flat())

    def transpose(self):
        if len(self._shape) < 2:
            return ndarray(self._shape, self._dt, self._data, self._off, self._strides)
        return ndarray((self._shape[1], self._shape[0]), self._dt, self._data, self._off,
                       (self._strides[1], self._strides[0]))

    # ---- indexing ----
    def _index(self, key):
        """(kind, value): ('scalar', data index) or ('view', ndarray)."""
        if not isinstance(key, tuple):
            key = (key,)
        if key.count(Ellipsis) > 1:
            raise IndexError("an index can only have a single ellipsis ('...')")
        if Ellipsis in key:
            i = key.index(Ellipsis)
            fill = len(self._shape) - (len(key) - 1)
            key = key[:i] + (slice(None),) * fill + key[i + 1:]
        if len(key) > len(self._shape):
            raise IndexError('too many indices for array: array is %d-dimensional, but %d were indexed'
                             % (len(self._shape), len(key)))
        off = self._off
        shape = []
        strides = []
        for axis in range(len(self._shape)):
            n = self._shape[axis]
            st = self._strides[axis]
            k = key[axis] if axis < len(key) else slice(None)
            if isinstance(k, slice):
                start, stop, step = k.indices(n)
                cnt = len(range(start, stop, step))
                if cnt:
                    off += start * st
                shape.append(cnt)
                strides.append(st * step)
            elif isinstance(k, int) and not isinstance(k, bool):
                if k < -n or k >= n:
                    raise IndexError('index %d is out of bounds for axis %d with size %d' % (k, axis, n))
                off += (k + n if k < 0 else k) * st
            elif k is None:
                raise NotImplementedError('numpy (simulated): np.newaxis in an index')
            else:
                raise IndexError('only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) '
                                 'and integer or boolean arrays are valid indices')
        if not shape:
            return 'scalar', off
        return 'view', ndarray(tuple(shape), self._dt, self._data, off, tuple(strides))

    def _fancy(self, key):
        """Boolean-mask or integer-list index: the data indices, or None."""
        if isinstance(key, list):
            key = array(key)
        if not isinstance(key, ndarray):
            return None
        if key._dt == 'bool':
            if key._shape != self._shape:
                raise IndexError('boolean index did not match indexed array along dimension 0; dimension is %d but corresponding boolean dimension is %d'
                                 % (self._shape[0], key._shape[0]))
            return [i for i, m in zip(self._positions(), key._flat()) if m], None
        if key._dt == 'int64' and len(self._shape) == 1 and len(key._shape) == 1:
            n = self._shape[0]
            out = []
            for k in key._flat():
                if k < -n or k >= n:
                    raise IndexError('index %d is out of bounds for axis 0 with size %d' % (k, n))
                out.append(self._off + (k + n if k < 0 else k) * self._strides[0])
            return out, key._shape
        raise IndexError('arrays used as indices must be of integer (or boolean) type')

    def _positions(self):
        o, s0, s1, n0, n1 = self._view2()
        return [o + i * s0 + j * s1 for i in range(n0) for j in range(n1)]

    def __getitem__(self, key):
        f = self._fancy(key)
        if f is not None:
            pos, shape = f
            d = self._data
            return ndarray((len(pos),) if shape is None else shape, self._dt, [d[p] for p in pos])
        what, v = self._index(key)
        if what == 'scalar':
            return self._data[v]
        return v

    def __setitem__(self, key, value):
        f = self._fancy(key)
        if f is not None:
            pos = f[0]
            vals = _broadcast_values(value, (len(pos),), self._kind)
            for p, x in zip(pos, vals):
                self._data[p] = x
            return
        what, v = self._index(key)
        if what == 'scalar':
            if isinstance(value, ndarray):
                if value.size != 1:
                    raise ValueError('setting an array element with a sequence.')
                value = value._flat()[0]
            self._data[v] = _conv(self._kind, value)
            return
        vals = _broadcast_values(value, v._shape, self._kind)
        for p, x in zip(v._positions(), vals):
            self._data[p] = x

    def __len__(self):
        if not self._shape:
            raise TypeError('len() of unsized object')
        return self._shape[0]

    def __iter__(self):
        if len(self._shape) == 1:
            return iter(self._flat())
        return iter([self[i] for i in range(self._shape[0])])

    def __contains__(self, x):
        return bool((self == x).any())

    def __bool__(self):
        if self.size != 1:
            raise ValueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()')
        return bool(self._flat()[0])

    # ---- arithmetic ----
    def __add__(self, o): return _binop(0, self, o)
    def __radd__(self, o): return _binop(0, o, self)
    def __sub__(self, o): return _binop(1, self, o)
    def __rsub__(self, o): return _binop(1, o, self)
    def __mul__(self, o): return _binop(2, self, o)
    def __rmul__(self, o): return _binop(2, o, self)
    def __truediv__(self, o): return _binop(3, self, o)
    def __rtruediv__(self, o): return _binop(3, o, self)
    def __floordiv__(self, o): return _binop(4, self, o)
    def __rfloordiv__(self, o): return _binop(4, o, self)
    def __mod__(self, o): return _binop(5, self, o)
    def __rmod__(self, o): return _binop(5, o, self)
    def __pow__(self, o): return _binop(6, self, o)
    def __rpow__(self, o): return _binop(6, o, self)
    def __lt__(self, o): return _binop(7, self, o)
    def __le__(self, o): return _binop(8, self, o)
    def __gt__(self, o): return _binop(9, self, o)
    def __ge__(self, o): return _binop(10, self, o)
    def __eq__(self, o): return _binop(11, self, o)
    def __ne__(self, o): return _binop(12, self, o)
    def __and__(self, o): return _binop(13, self, o)
    def __rand__(self, o): return _binop(13, o, self)
    def __or__(self, o): return _binop(14, self, o)
    def __ror__(self, o): return _binop(14, o, self)
    def __xor__(self, o): return _binop(15, self, o)
    def __rxor__(self, o): return _binop(15, o, self)
    def __matmul__(self, o): return matmul(self, o)
    def __rmatmul__(self, o): return matmul(o, self)

    def __iadd__(self, o): return self._inplace(0, o)
    def __isub__(self, o): return self._inplace(1, o)
    def __imul__(self, o): return self._inplace(2, o)
    def __itruediv__(self, o): return self._inplace(3, o)
    def __ifloordiv__(self, o): return self._inplace(4, o)
    def __imod__(self, o): return self._inplace(5, o)
    def __ipow__(self, o): return self._inplace(6, o)

    def _inplace(self, op, o):
        r = _binop(op, self, o)
        if r._kind != self._kind and not (r._kind == _I and self._kind == _F):
            raise UFuncTypeError("Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') with casting rule 'same_kind'"
                                  % (_OP_NAMES[op], r._dt, self._dt))
        if r._shape != self._shape:
            raise ValueError('non-broadcastable output operand with shape %s doesn\'t match the broadcast shape %s'
                             % (_shape_repr(self._shape), _shape_repr(r._shape)))
        self[...] = r
        return self

    def __neg__(self): return _unop('copy', 0, self)
    def __pos__(self): return self.copy()
    def __abs__(self): return _unop('copy', 1, self)
    def __invert__(self): return _unop('copy', 11, self)

    __hash__ = None

    # ---- reductions ----
    def sum(self, axis=None): return _reduce(0, self, axis)
    def min(self, axis=None): return _reduce(1, self, axis)
    def max(self, axis=None): return _reduce(2, self, axis)
    def argmax(self, axis=None): return _reduce(3, self, axis)
    def argmin(self, axis=None): return _reduce(4, self, axis)

    def mean(self, axis=None):
        n = self.size if axis is None else self._shape[_norm_axis(axis, len(self._shape))]
        s = (self.astype(float) if self._kind != _F else self).sum(axis)
        return s / n

    def var(self, axis=None):
        a = self.astype(float) if self._kind != _F else self
        m = a.mean(axis)
        if axis is not None and isinstance(m, ndarray) and len(self._shape) == 2 and _norm_axis(axis, 2) == 1:
            m = m.reshape(-1, 1)
        d = a - m
        return (d * d).mean(axis)

    def std(self, axis=None):
        v = self.var(axis)
        return sqrt(v) if isinstance(v, ndarray) else v ** 0.5

    def any(self, axis=None):
        return bool(self.astype(bool).max()) if axis is None and self.size else (False if axis is None else self.astype(bool).max(axis))

    def all(self, axis=None):
        return bool(self.astype(bool).min()) if axis is None and self.size else (True if axis is None else self.astype(bool).min(axis))

    def dot(self, o):
        return dot(self, o)

    # ---- printing ----
    def __repr__(self):
        return _array_repr(self)

    def __str__(self):
        return _array_str(self)


class UFuncTypeError(TypeError):
    pass


_OP_NAMES = ['add', 'subtract', 'multiply', 'divide', 'floor_divide', 'remainder', 'power',
             'less', 'less_equal', 'greater', 'greater_equal', 'equal', 'not_equal',
             'bitwise_and', 'bitwise_or', 'bitwise_xor']


def _prod(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def _shape_repr(shape):
    return '(' + ', '.join(str(d) for d in shape) + (',)' if len(shape) == 1 else ')')


def _c_strides(shape):
    if len(shape) == 2:
        return (shape[1], 1)
    return (1,) * len(shape)


def _as_shape(shape, unknown=False):
    if isinstance(shape, int):
        shape = (shape,)
    shape = tuple(shape)
    for d in shape:
        if not isinstance(d, int) or isinstance(d, bool):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(d).__name__)
        if d < (-1 if unknown else 0):
            raise ValueError('negative dimensions are not allowed')
    if len(shape) > 2:
        raise NotImplementedError('numpy (simulated): arrays of more than 2 dimensions')
    return shape


def _norm_axis(axis, ndim):
    if not isinstance(axis, int) or isinstance(axis, bool):
        raise NotImplementedError('numpy (simulated): axis must be an int')
    if axis < -ndim or axis >= ndim:
        raise AxisError('axis %d is out of bounds for array of dimension %d' % (axis, ndim))
    return axis + ndim if axis < 0 else axis


class AxisError(ValueError):   # NumPy: also an IndexError (gilsim: single inheritance)
    pass


def _operand(x):
    """(ndarray-like view tuple, kind) of an operand: an array or a scalar."""
    if isinstance(x, ndarray):
        return x
    if isinstance(x, (list, tuple)):
        return array(x)
    if isinstance(x, (bool, int, float)):
        a = ndarray((), _KIND_NAME[_kind_of_value(x)], [x], 0, ())
        a._scalar = True
        return a
    return None


def _broadcast_shape(sa, sb):
    n = _builtin_max(len(sa), len(sb))
    a = (1,) * (n - len(sa)) + sa
    b = (1,) * (n - len(sb)) + sb
    out = []
    for x, y in zip(a, b):
        if x == y or y == 1:
            out.append(x)
        elif x == 1:
            out.append(y)
        else:
            raise ValueError('operands could not be broadcast together with shapes %s %s '
                             % (_shape_str(sa), _shape_str(sb)))
    return tuple(out)


def _bview(a, shape):
    """(offset, s0, s1) of a broadcast to shape (as 2-D)."""
    n = len(shape)
    sh = (1,) * (n - len(a._shape)) + a._shape
    st = (0,) * (n - len(a._strides)) + a._strides
    st = tuple(0 if d == 1 else s for d, s in zip(sh, st))
    if n == 2:
        return a._off, st[0], st[1]
    if n == 1:
        return a._off, 0, st[0]
    return a._off, 0, 0


_CATEGORY = {_B: 0, _I: 1, _F: 2}


def _result_kind(op, a, b):
    ka, kb = a._kind, b._kind
    sa = getattr(a, '_scalar', False)
    sb = getattr(b, '_scalar', False)
    # NumPy 1.24's value-based casting: a Python scalar takes the array's
    # kind unless it is of a higher category (bool < int < float)
    if sa and not sb and _CATEGORY[ka] <= _CATEGORY[kb]:
        ka = kb
    if sb and not sa and _CATEGORY[kb] <= _CATEGORY[ka]:
        kb = ka
    if _F in (ka, kb):
        k = _F
    elif _I in (ka, kb):
        k = _I
    else:
        k = _B
    if op >= 13:
        if k == _F:
            raise UFuncTypeError("ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
                                  % _OP_NAMES[op])
        return k, k
    if op >= 7:
        return k, _B
    if k == _B:
        if op == 1:
            raise TypeError('numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.')
        if op in (0, 2):
            return _B, _B
        if op == 3:
            return _F, _F
        raise NotImplementedError('numpy (simulated): %s of two bool arrays (NumPy gives int8)' % _OP_NAMES[op])
    if op == 3:
        return _F, _F
    return k, k


def _binop(op, x, y):
    a = _operand(x)
    b = _operand(y)
    if a is None or b is None:
        return NotImplemented
    kind, out_kind = _result_kind(op, a, b)
    shape = _broadcast_shape(a._shape, b._shape)
    ao, as0, as1 = _bview(a, shape)
    bo, bs0, bs1 = _bview(b, shape)
    n0 = shape[0] if len(shape) == 2 else 1
    n1 = shape[-1] if shape else 1
    _charge('pow' if op == 6 else 'div' if op == 3 else 'floordiv' if op in (4, 5)
            else 'cmp' if op >= 7 else 'add', n0 * n1)
    data = _k.binop(op, kind, a._data, ao, as0, as1, b._data, bo, bs0, bs1, n0, n1)
    if not shape:
        return data[0]
    return ndarray(shape, _KIND_NAME[out_kind], data)


_UNOPS = {'negative': 0, 'absolute': 1, 'sqrt': 2, 'sin': 3, 'cos': 4, 'exp': 5, 'log': 6}


def _unop(cost, code, x):
    a = _operand(x)
    if a is None:
        raise TypeError("ufunc argument of type %s is not supported" % type(x).__name__)
    o, s0, s1, n0, n1 = a._view2()
    _charge(cost, n0 * n1)
    data = _k.unop(code, a._data, o, s0, s1, n0, n1)
    if not a._shape:
        return data[0]
    kind = _F if code >= 2 and code <= 6 else a._kind
    return ndarray(a._shape, _KIND_NAME[kind], data)


def sqrt(x): return _unop('sqrt', 2, x)
def sin(x): return _unop('sin', 3, x)
def cos(x): return _unop('sin', 4, x)
def exp(x): return _unop('exp', 5, x)
def log(x): return _unop('log', 6, x)
def abs(x): return _unop('copy', 1, x)
def negative(x): return _unop('copy', 0, x)


absolute = abs


def add(a, b): return _binop(0, a, b)
def subtract(a, b): return _binop(1, a, b)
def multiply(a, b): return _binop(2, a, b)
def divide(a, b): return _binop(3, a, b)
def floor_divide(a, b): return _binop(4, a, b)
def power(a, b): return _binop(6, a, b)
def mod(a, b): return _binop(5, a, b)


true_divide = divide
remainder = mod


def maximum(a, b):
    return where(_binop(10, a, b), a, b)


def minimum(a, b):
    return where(_binop(8, a, b), a, b)


def where(cond, a, b):
    c = asarray(cond).astype(bool)
    a = _operand(a)
    b = _operand(b)
    shape = _broadcast_shape(_broadcast_shape(c._shape, a._shape), b._shape)
    kind, _ = _result_kind(0, a, b) if not (a._kind == b._kind == _B) else (_B, _B)
    cs = _broadcast_values(c, shape, _B)
    av = _broadcast_values(a, shape, kind)
    bv = _broadcast_values(b, shape, kind)
    _charge('add', len(cs))
    return ndarray(shape, _KIND_NAME[kind], [x if m else y for m, x, y in zip(cs, av, bv)])


def _broadcast_values(value, shape, kind):
    """value (array or scalar) broadcast to shape, as a C-order list of kind."""
    v = _operand(value)
    if v is None:
        raise TypeError('could not convert %s to an array' % type(value).__name__)
    try:
        bshape = _broadcast_shape(v._shape, shape)
    except ValueError:
        bshape = None
    if bshape != shape:
        raise ValueError('could not broadcast input array from shape %s into shape %s'
                         % (_shape_repr(v._shape), _shape_repr(shape)))
    o, s0, s1 = _bview(v, shape)
    n0 = shape[0] if len(shape) == 2 else 1
    n1 = shape[-1] if shape else 1
    _charge('copy', n0 * n1)
    return _k.unop((7, 8, 9)[kind], v._data, o, s0, s1, n0, n1)


def _reduce(op, a, axis):
    a = asarray(a)
    kind = a._kind
    if axis is None:
        n = a.size
        _charge('sum' if op == 0 else 'max', n)
        if a._contiguous():
            r = _k.reduce(op, kind, a._data, a._off, 1, n, 1)
        else:
            r = _k.reduce(op, kind, a._flat(), 0, 1, n, 1)
        if op == 0 and kind == _B:
            return r
        return r
    ax = _norm_axis(axis, len(a._shape))
    if len(a._shape) == 1:
        return _reduce(op, a, None)
    n0, n1 = a._shape
    s0, s1 = a._strides
    _charge('sum' if op == 0 else 'max', n0 * n1)
    if ax == 0:
        # NumPy adds the rows one after another: no pairwise summation
        out = [_k.reduce(op, kind, a._data, a._off + j * s1, s0, n0, 0) for j in range(n1)]
    else:
        out = [_k.reduce(op, kind, a._data, a._off + i * s0, s1, n1, 1) for i in range(n0)]
    if op >= 3:
        rk = _I
    elif op == 0 and kind == _B:
        rk = _I
    else:
        rk = kind
    return ndarray((len(out),), _KIND_NAME[rk], out)


def sum(a, axis=None): return _reduce(0, a, axis)
def amin(a, axis=None): return _reduce(1, a, axis)
def amax(a, axis=None): return _reduce(2, a, axis)
def argmax(a, axis=None): return _reduce(3, a, axis)
def argmin(a, axis=None): return _reduce(4, a, axis)
def mean(a, axis=None): return asarray(a).mean(axis)
def std(a, axis=None): return asarray(a).std(axis)
def var(a, axis=None): return asarray(a).var(axis)


min = amin
max = amax


def matmul(x, y):
    a = _operand(x)
    b = _operand(y)
    if a is None or b is None:
        return NotImplemented
    if not a._shape or not b._shape:
        raise ValueError("matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"
                         % (0 if not a._shape else 1))
    return _matmul(a, b, 'matmul')


def dot(x, y):
    a = _operand(x)
    b = _operand(y)
    if not a._shape or not b._shape:
        return _binop(2, a, b)
    return _matmul(a, b, 'dot')


def _matmul(a, b, name):
    kind = _F if _F in (a._kind, b._kind) else _I if _I in (a._kind, b._kind) else _B
    if len(a._shape) == 1:
        n, k, ao, as0, as1 = 1, a._shape[0], a._off, 0, a._strides[0]
    else:
        n, k, ao, as0, as1 = a._shape[0], a._shape[1], a._off, a._strides[0], a._strides[1]
    if len(b._shape) == 1:
        k2, m, bo, bs0, bs1 = b._shape[0], 1, b._off, b._strides[0], 0
    else:
        k2, m, bo, bs0, bs1 = b._shape[0], b._shape[1], b._off, b._strides[0], b._strides[1]
    if k != k2:
        if name == 'dot':
            raise ValueError('shapes %s and %s not aligned: %d (dim %d) != %d (dim 0)'
                             % (_shape_str(a._shape), _shape_str(b._shape), k, len(a._shape) - 1, k2))
        raise ValueError('matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size %d is different from %d)'
                         % (k2, k))
    _charge('matmul', n * k * m)
    data = _k.matmul(kind, a._data, ao, as0, as1, b._data, bo, bs0, bs1, n, k, m)
    if len(a._shape) == 1 and len(b._shape) == 1:
        return data[0]
    if len(a._shape) == 1:
        shape = (m,)
    elif len(b._shape) == 1:
        shape = (n,)
    else:
        shape = (n, m)
    return ndarray(shape, _KIND_NAME[kind], data)


# ---- construction ----
def _nested(obj):
    """(shape, flat list) of a nested list/tuple of scalars."""
    if isinstance(obj, ndarray):
        return obj._shape, obj._flat()
    if isinstance(obj, range):
        obj = list(obj)
    if not isinstance(obj, (list, tuple)):
        return (), [obj]
    if not obj:
        return (0,), []
    subs = [_nested(x) for x in obj]
    shape0 = subs[0][0]
    for s in subs:
        if s[0] != shape0:
            raise ValueError('setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (%d,) + inhomogeneous part.' % len(obj))
    flat = []
    for s in subs:
        flat.extend(s[1])
    return (len(obj),) + shape0, flat


def array(obj, dtype=None, copy=True):
    if isinstance(obj, ndarray) and dtype is None:
        return obj.copy() if copy else obj
    shape, flat = _nested(obj)
    if len(shape) > 2:
        raise NotImplementedError('numpy (simulated): arrays of more than 2 dimensions')
    if dtype is None:
        kind = _B
        for x in flat:
            kind = min_kind(kind, _kind_of_value(x))
        if not flat:
            kind = _F
        name = _KIND_NAME[kind]
    else:
        name = _dtype_name(dtype)
        for x in flat:
            _kind_of_value(x)
    k = _KIND[name]
    _charge('copy', len(flat))
    data = [_conv(k, x) for x in flat]
    if not shape:
        a = ndarray((), name, data, 0, ())
        return a
    return ndarray(shape, name, data)


def min_kind(k1, k2):
    if _F in (k1, k2):
        return _F
    if _I in (k1, k2):
        return _I
    return _B


def asarray(obj, dtype=None):
    if isinstance(obj, ndarray) and (dtype is None or _dtype_name(dtype) == obj._dt):
        return obj
    return array(obj, dtype)


def _filled(shape, value, dtype):
    shape = _as_shape(shape)
    name = _dtype_name(dtype)
    n = _prod(shape)
    _charge('copy', n)
    return ndarray(shape, name, [_conv(_KIND[name], value)] * n)


def zeros(shape, dtype=float): return _filled(shape, 0, dtype)
def ones(shape, dtype=float): return _filled(shape, 1, dtype)
def empty(shape, dtype=float): return _filled(shape, 0, dtype)   # zero-filled, unlike NumPy


def full(shape, fill_value, dtype=None):
    if dtype is None:
        dtype = _KIND_NAME[_kind_of_value(fill_value)]
    return _filled(shape, fill_value, dtype)


def zeros_like(a, dtype=None): return zeros(asarray(a)._shape, dtype or asarray(a)._dt)
def ones_like(a, dtype=None): return ones(asarray(a)._shape, dtype or asarray(a)._dt)
def empty_like(a, dtype=None): return empty(asarray(a)._shape, dtype or asarray(a)._dt)
def full_like(a, v, dtype=None): return full(asarray(a)._shape, v, dtype or asarray(a)._dt)


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    for v in (start, stop, step):
        _kind_of_value(v)
    if step == 0:
        raise ZeroDivisionError('division by zero')
    isfloat = any(isinstance(v, float) for v in (start, stop, step))
    if isfloat:
        import math
        n = int(math.ceil((stop - start) / step))
    else:
        n = (stop - start + step - (1 if step > 0 else -1)) // step
    n = n if n > 0 else 0
    name = _dtype_name(dtype) if dtype is not None else ('float64' if isfloat else 'int64')
    _charge('copy', n)
    data = _k.arange(_F if isfloat else _I, start, step, n)
    a = ndarray((n,), 'float64' if isfloat else 'int64', data)
    return a if a._dt == name else a.astype(name)


def linspace(start, stop, num=50, endpoint=True, dtype=None):
    if num < 0:
        raise ValueError('Number of samples, %d, must be non-negative.' % num)
    _charge('copy', num)
    a = ndarray((num,), 'float64', _k.linspace(float(start), float(stop), num, 1 if endpoint else 0))
    return a if dtype is None else a.astype(dtype)


# ---- random: NOT NumPy's streams ----
class Generator:
    """A seeded generator (gilsim's own: values differ from NumPy's PCG64)."""

    def __init__(self, seed):
        self._r = _pyrandom.Random(seed)

    def _shaped(self, size, f, name):
        if size is None:
            return f()
        shape = _as_shape(size)
        return ndarray(shape, name, [f() for _ in range(_prod(shape))])

    def random(self, size=None):
        return self._shaped(size, self._r.random, 'float64')

    def integers(self, low, high=None, size=None):
        if high is None:
            low, high = 0, low
        if low >= high:
            raise ValueError('low >= high')
        r = self._r
        return self._shaped(size, lambda: r.randrange(low, high), 'int64')

    def normal(self, loc=0.0, scale=1.0, size=None):
        r = self._r
        return self._shaped(size, lambda: r.gauss(loc, scale), 'float64')

    def uniform(self, low=0.0, high=1.0, size=None):
        r = self._r
        return self._shaped(size, lambda: r.uniform(low, high), 'float64')


class _RandomModule:
    """np.random (simulated): default_rng, seed, rand, random (random_sample,
    ranf, sample), randint, normal."""

    def __init__(self):
        self._global = Generator(None)

    def default_rng(self, seed=None):
        return Generator(seed)

    def seed(self, seed=None):
        self._global = Generator(seed)

    def rand(self, *shape):
        return self._global.random(shape if shape else None)

    def random(self, size=None):
        return self._global.random(size)

    def random_sample(self, size=None):
        return self._global.random(size)

    ranf = sample = random_sample

    def randint(self, low, high=None, size=None):
        return self._global.integers(low, high, size)

    def normal(self, loc=0.0, scale=1.0, size=None):
        return self._global.normal(loc, scale, size)


random = _RandomModule()


# ---- printing (NumPy 1.24's arrayprint, default options) ----
_LINEWIDTH = 75
_THRESHOLD = 1000
_EDGE = 3


def _float_formatter(vals):
    finite = [v for v in vals if v == v and v not in (float('inf'), float('-inf'))]
    absf = [v if v >= 0 else -v for v in finite if v != 0]
    exp = False
    if absf:
        mx = _builtin_max(absf)
        mn = _builtin_min(absf)
        if mx >= 1e8 or mn < 0.0001 or mx / mn > 1000.0:
            exp = True
    if exp:
        strs = [_k.fmt_sci(v, 8) for v in finite]
        parts = [s.partition('e') for s in strs]
        exp_size = _builtin_max(len(p[2]) for p in parts) - 1
        prec = _builtin_max(len(p[0].split('.')[1]) for p in parts)
        pad_left = _builtin_max(len(p[0].split('.')[0]) for p in parts)
        pad_right = exp_size + 2 + prec
    else:
        strs = [_k.fmt_pos(v, 8) for v in finite]
        ip = [s.split('.')[0] for s in strs]
        fp = [s.split('.')[1] for s in strs]
        pad_left = _builtin_max(len(s) for s in ip) if strs else 0
        pad_right = _builtin_max(len(s) for s in fp) if strs else 0
        prec = 0
        exp_size = -1
    if len(finite) != len(vals):
        neginf = any(v == float('-inf') for v in vals)
        offset = pad_right + 1
        pad_left = _builtin_max(pad_left, 3 - offset, 3 + neginf - offset)

    def fmt(v):
        if v != v:
            s = 'nan'
            return ' ' * (pad_left + pad_right + 1 - len(s)) + s
        if v in (float('inf'), float('-inf')):
            s = 'inf' if v > 0 else '-inf'
            return ' ' * (pad_left + pad_right + 1 - len(s)) + s
        if exp:
            m, _, e = _k.fmt_sci(v, 8).partition('e')
            i, f = m.split('.')
            f = f + '0' * (prec - len(f))
            sign = e[0]
            e = e[1:]
            e = '0' * (exp_size - len(e)) + e
            return ' ' * (pad_left - len(i)) + i + '.' + f + 'e' + sign + e
        s = _k.fmt_pos(v, 8)
        i, f = s.split('.')
        return ' ' * (pad_left - len(i)) + i + '.' + f + ' ' * (pad_right - len(f))
    return fmt




def _formatter(a, vals):
    if a._kind == _F:
        return _float_formatter(vals)
    if a._kind == _B:
        return lambda v: ' True' if v else 'False'
    width = _builtin_max(len(str(v)) for v in vals) if vals else 0
    return lambda v: str(v).rjust(width)


def _edge_values(a, summarise):
    """The values the formatter looks at (only the edges when summarising)."""
    if not summarise:
        return a._flat()
    if len(a._shape) == 1:
        n = a._shape[0]
        idx = list(range(_builtin_min(n, _EDGE))) + list(range(_builtin_max(n - _EDGE, _EDGE), n))
        return [a[i] for i in idx]
    n0, n1 = a._shape
    rows = list(range(_builtin_min(n0, _EDGE))) + list(range(_builtin_max(n0 - _EDGE, _EDGE), n0)) if n0 > 2 * _EDGE else list(range(n0))
    cols = list(range(_builtin_min(n1, _EDGE))) + list(range(_builtin_max(n1 - _EDGE, _EDGE), n1)) if n1 > 2 * _EDGE else list(range(n1))
    return [a[i, j] for i in rows for j in cols]


def _extend_line(s, line, word, width, prefix):
    if len(line) + len(word) > width and len(line) > len(prefix):
        s += line.rstrip() + '\n'
        line = prefix
    return s, line + word


def _format_array(a, fmt, width, prefix, sep, summarise):
    def rec(index, hang, cw):
        axis = len(index)
        left = len(a._shape) - axis
        if left == 0:
            return fmt(a[index])
        nxt = hang + ' '
        nw = cw - 1
        n = a._shape[axis]
        show = summarise and 2 * _EDGE < n
        lead, trail = (_EDGE, _EDGE) if show else (0, n)
        s = ''
        if left == 1:
            ew = cw - _builtin_max(len(sep.rstrip()), 1)
            line = hang
            for i in range(lead):
                s, line = _extend_line(s, line, rec(index + (i,), nxt, nw), ew, hang)
                line += sep
            if show:
                s, line = _extend_line(s, line, '...', ew, hang)
                line += sep
            for i in range(trail, 1, -1):
                s, line = _extend_line(s, line, rec(index + (n - i,), nxt, nw), ew, hang)
                line += sep
            s, line = _extend_line(s, line, rec(index + (n - 1,), nxt, nw), ew, hang)
            s += line
        else:
            lsep = sep.rstrip() + '\n' * (left - 1)
            for i in range(lead):
                s += hang + rec(index + (i,), nxt, nw) + lsep
            if show:
                s += hang + '...' + lsep
            for i in range(trail, 1, -1):
                s += hang + rec(index + (n - i,), nxt, nw) + lsep
            s += hang + rec(index + (n - 1,), nxt, nw)
        return '[' + s[len(hang):] + ']'
    return rec((), prefix, width)


def _array2string(a, sep, prefix, suffix):
    summarise = a.size > _THRESHOLD
    fmt = _formatter(a, _edge_values(a, summarise))
    return _format_array(a, fmt, _LINEWIDTH - len(suffix), ' ' + ' ' * len(prefix), sep, summarise)


def _array_repr(a):
    if not a._shape:
        return 'array(%r)' % (a._data[a._off],)
    prefix = 'array('
    if a.size == 0:
        if len(a._shape) == 1:
            return 'array([], dtype=%s)' % a._dt
        return 'array([], shape=%s, dtype=%s)' % (_shape_repr(a._shape), a._dt)
    skip = a._dt in ('float64', 'int64', 'bool')
    suffix = ')' if skip else ', dtype=%s)' % a._dt
    return prefix + _array2string(a, ', ', prefix, suffix) + suffix


def _array_str(a):
    if not a._shape:
        return str(a._data[a._off])
    if a.size == 0:
        return '[]'
    return _array2string(a, ' ', '', '')


def array_repr(a): return _array_repr(asarray(a))
def array_str(a): return _array_str(asarray(a))


pi = 3.141592653589793
e = 2.718281828459045
inf = float('inf')
nan = float('nan')
newaxis = None


def __getattr__(name):
    # an AttributeError (hasattr and getattr with a default keep working)
    # that names the missing feature
    raise AttributeError("numpy (simulated): numpy.%s is not part of gilsim's teaching subset" % name)
