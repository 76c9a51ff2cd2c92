"""struct: packing values into bytes and back (gilsim's _struct does the
work; every failure it reports as ValueError becomes struct.error here)."""
import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'


def calcsize(format):
    try:
        return _struct.calcsize(format)
    except ValueError as e:
        raise error(str(e)) from None


def pack(format, *values):
    try:
        return _struct.pack(format, *values)
    except ValueError as e:
        raise error(str(e)) from None


def pack_into(format, buffer, offset, *values):
    try:
        return _struct.pack_into(format, buffer, offset, *values)
    except ValueError as e:
        raise error(str(e)) from None


def unpack(format, buffer):
    try:
        return _struct.unpack(format, buffer)
    except ValueError as e:
        raise error(str(e)) from None


def unpack_from(format, buffer, offset=0):
    try:
        return _struct.unpack_from(format, buffer, offset)
    except ValueError as e:
        raise error(str(e)) from None


def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return iter([unpack_from(format, buffer, i) for i in range(0, len(buffer), size)])


class Struct:
    def __init__(self, format):
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)
