"""base64: Base64 (standard and URL-safe) and Base16 encodings over
binascii. Base32, Base85 and the legacy file functions are refused."""
import binascii

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode', 'b16encode', 'b16decode', 'encodebytes', 'decodebytes']

_B64_CHARS = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(s).__name__)


def _swap(s, frm, to):
    # one pass per character pair, so that swapping + and / both ways works
    out = bytearray(s)
    for i in range(len(out)):
        c = out[i]
        for k in range(len(frm)):
            if c == frm[k]:
                out[i] = to[k]
                break
    return bytes(out)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b'+/', bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    if validate:
        for c in s:
            if c not in _B64_CHARS:
                raise binascii.Error('Only base64 data is allowed')
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_bytes_from_decode_data(s), b'-_', b'+/'))


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def encodebytes(s):
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(binascii.b2a_base64(s[i:i + 57]))
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)


_refused = binascii._refuser('base64')
b32encode = _refused('b32encode')
b32decode = _refused('b32decode')
b32hexencode = _refused('b32hexencode')
b32hexdecode = _refused('b32hexdecode')
b85encode = _refused('b85encode')
b85decode = _refused('b85decode')
a85encode = _refused('a85encode')
a85decode = _refused('a85decode')
encode = _refused('encode')
decode = _refused('decode')
