# Odds and ends: format(), f-string conversions, pprint, __bytes__, the bytes_iterator type, live iteration
import pprint
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: format(b'x', '10'))
t(lambda: f'{b"x"!r:>8}')
t(lambda: pprint.pformat([b'a' * 30, bytearray(b'b')]))
class B:
    def __bytes__(self): return b'custom'
t(lambda: bytes(B()))
t(lambda: type(iter(b'')).__name__)
t(lambda: b'a'.__hash__() == hash(b'a'))
t(lambda: bytes.__name__ + bytearray.__qualname__)
t(lambda: sorted({b'b': 1, b'a': 2}.items()))
t(lambda: max([bytearray(b'x'), b'y']))
t(lambda: b'ab'.__iter__().__next__())
t(lambda: list(reversed(b'ab')))
t(lambda: b'x' in [b'x'])
t(lambda: bytes.fromhex.__name__)
t(lambda: bytearray(b'abc').hex())
t(lambda: ''.join(map(chr, b'hey')))
t(lambda: [b'a'] * 2 == [b'a', b'a'])
t(lambda: str(bytearray(b'\x00')))
ba = bytearray(b'abcd'); it = iter(ba); print(next(it)); ba.clear(); print(list(it), it.__length_hint__())
it2 = iter(b'xyz'); next(it2); print(it2.__length_hint__(), list(it2), list(it2))

# expect: TypeError unsupported format string passed to bytes.__format__
# expect: "    b'x'"
# expect: "[b'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', bytearray(b'b')]"
# expect: b'custom'
# expect: 'bytes_iterator'
# expect: True
# expect: 'bytesbytearray'
# expect: [(b'a', 2), (b'b', 1)]
# expect: b'y'
# expect: 97
# expect: [98, 97]
# expect: True
# expect: 'fromhex'
# expect: '616263'
# expect: 'hey'
# expect: True
# expect: "bytearray(b'\\x00')"
# expect: 97
# expect: [] 0
# expect: 2 [121, 122] []
