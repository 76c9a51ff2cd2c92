"""binascii: conversions between binary data and ASCII (hex, base64, crc32).
gilsim's _binascii does base64 and crc32; the uu, qp and hqx codecs are
refused."""
import _binascii

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64', 'a2b_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

crc32 = _binascii.crc32


def b2a_base64(data, *, newline=True):
    return _binascii.b2a_base64(data, newline=newline)


def a2b_base64(data, *, strict_mode=False):
    if strict_mode:
        raise NotImplementedError('binascii.a2b_base64(strict_mode=True) is not supported by gilsim')
    try:
        return _binascii.a2b_base64(data)
    except ValueError as e:
        raise Error(str(e)) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if sep is None:
        return bytes(data).hex().encode()
    return bytes(data).hex(sep, bytes_per_sep).encode()


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        try:
            hexstr = hexstr.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    elif not isinstance(hexstr, (bytes, bytearray)):
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(hexstr).__name__)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    for c in hexstr:
        if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(hexstr.decode('ascii'))


b2a_hex = hexlify
a2b_hex = unhexlify


def _refuser(module):
    """A maker of stand-ins for the functions of `module` gilsim lacks
    (base64 uses it too)."""
    def make(name):
        def refused(*args, **kwargs):
            raise NotImplementedError('%s.%s is not supported by gilsim' % (module, name))
        refused.__name__ = name
        return refused
    return make


_refused = _refuser('binascii')
b2a_uu = _refused('b2a_uu')
a2b_uu = _refused('a2b_uu')
b2a_qp = _refused('b2a_qp')
a2b_qp = _refused('a2b_qp')
crc_hqx = _refused('crc_hqx')
