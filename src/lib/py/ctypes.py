"""ctypes (gilsim): only the simple C number types, as multiprocessing's
Value and Array take them (c_int, c_double, c_bool...), each keeping its
value as the C type would: an int wraps to its width, a float is a double
or rounded to a single. The rest of ctypes (libraries, pointers,
structures, strings) reaches outside the sandbox: using it raises
NotImplementedError naming it."""

import math as _math

_INT_BITS = {'b': 8, 'h': 16, 'i': 32, 'l': 64, 'q': 64,
             'B': 8, 'H': 16, 'I': 32, 'L': 64, 'Q': 64}


def _float32(x):
    # the float nearest to x that a C float can hold (ties to even)
    if x != x or x in (float('inf'), float('-inf')) or x == 0:
        return x
    m, e = _math.frexp(x)
    if e < -125:
        quantum = 2.0 ** -149          # subnormal floats
        return round(x / quantum) * quantum
    r = _math.ldexp(round(m * (1 << 24)), e - 24)
    if abs(r) >= 2.0 ** 128:
        return _math.copysign(float('inf'), x)
    return r


def _convert(code, value):
    """value as the C type of typecode `code` holds it."""
    if code in ('f', 'd'):
        if not isinstance(value, (int, float)):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        return _float32(float(value)) if code == 'f' else float(value)
    if code == '?':
        return bool(value)
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    bits = _INT_BITS[code]
    value = int(value) & ((1 << bits) - 1)
    if code.islower() and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


class _SimpleCData(object):
    _type_ = None

    def __init__(self, value=0):
        self.value = value

    def __setattr__(self, name, value):
        if name == 'value':
            value = _convert(self._type_, value)
        object.__setattr__(self, name, value)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)


def _simple(name, code):
    return type(name, (_SimpleCData,), {'_type_': code, '__module__': 'ctypes'})


for _name, _code in (('c_byte', 'b'), ('c_ubyte', 'B'), ('c_short', 'h'), ('c_ushort', 'H'),
                     ('c_int', 'i'), ('c_uint', 'I'), ('c_long', 'l'), ('c_ulong', 'L'),
                     ('c_longlong', 'q'), ('c_ulonglong', 'Q'), ('c_float', 'f'),
                     ('c_double', 'd'), ('c_bool', '?')):
    globals()[_name] = _simple(_name, _code)
c_int8, c_int16, c_int32, c_int64 = c_byte, c_short, c_int, c_long
c_uint8, c_uint16, c_uint32, c_uint64 = c_ubyte, c_ushort, c_uint, c_ulong


def __getattr__(name):
    raise NotImplementedError('ctypes.%s is not supported by gilsim (only the simple '
                              'number types, for multiprocessing, are)' % name)
