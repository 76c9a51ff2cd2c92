# Edge arguments: huge counts and indexes, odd types, negative offsets; each gives CPython's error or result
import struct, hashlib, base64, binascii
def t(label, f):
    try:
        r = f()
        print(label, 'ok', len(r) if hasattr(r, '__len__') else r)
    except Exception as e:
        print(label, type(e).__name__, str(e)[:80])
t('bytes huge2', lambda: bytes(2**63))
t('mul huge2', lambda: b'ab' * 2**62)
t('struct huge2', lambda: struct.calcsize('99999999999999999999x'))
t('struct count only', lambda: struct.calcsize('12'))
t('hex huge sep', lambda: b'abc'.hex(':', 10**20))
t('hex sep0', lambda: b'abc'.hex(':', 0))
t('join', lambda: b''.join(b'x' for _ in range(10)))
t('fromhex nonascii', lambda: bytes.fromhex('é'))
t('decode weird type', lambda: b'a'.decode(5))
t('encode weird type', lambda: 'a'.encode(None))
t('split neg', lambda: b'a b c'.split(None, -5))
t('pop bigidx', lambda: bytearray(b'a').pop(2**70))
t('idx big', lambda: b'a'[2**70])
t('ba set big', lambda: bytearray(b'a').__setitem__(2**70, 1))
t('ba insert big', lambda: bytearray(b'a').insert(2**70, 1))
t('append big', lambda: bytearray(b'a').append(2**70))
t('find big start', lambda: b'abc'.find(b'a', 2**70))
t('count neg', lambda: b'abc'.count(b'', -100, -50))
t('b64 str', lambda: base64.b64decode('====='))
t('crc neg', lambda: binascii.crc32(b'a', -1))
t('hash update self', lambda: hashlib.md5(bytearray(5000)).hexdigest())
t('unpack_from neg', lambda: struct.unpack_from('<i', b'abcdefgh', -4))
t('unpack_from neg2', lambda: struct.unpack_from('<i', b'abcd', -8))
t('pack_into neg', lambda: struct.pack_into('<i', bytearray(4), -8, 1))
t('slice assign self', lambda: (lambda b: (b.__setitem__(slice(0, 0), b), b)[1])(bytearray(b'ab')))
t('extend self', lambda: (lambda b: (b.extend(b), b)[1])(bytearray(b'ab')))
t('del ext slice neg', lambda: (lambda b: (b.__delitem__(slice(None, None, -2)), b)[1])(bytearray(b'abcde')))

# expect: bytes huge2 OverflowError cannot fit 'int' into an index-sized integer
# expect: mul huge2 OverflowError repeated bytes are too long
# expect: struct huge2 error total struct size too long
# expect: struct count only error repeat count given without format specifier
# expect: hex huge sep OverflowError Python int too large to convert to C int
# expect: hex sep0 ok 6
# expect: join ok 10
# expect: fromhex nonascii ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: decode weird type TypeError decode() argument 'encoding' must be str, not int
# expect: encode weird type TypeError encode() argument 'encoding' must be str, not None
# expect: split neg ok 3
# expect: pop bigidx OverflowError Python int too large to convert to C ssize_t
# expect: idx big IndexError cannot fit 'int' into an index-sized integer
# expect: ba set big IndexError cannot fit 'int' into an index-sized integer
# expect: ba insert big OverflowError Python int too large to convert to C ssize_t
# expect: append big ValueError byte must be in range(0, 256)
# expect: find big start ok -1
# expect: count neg ok 1
# expect: b64 str ok 0
# expect: crc neg ok 3310005809
# expect: hash update self ok 32
# expect: unpack_from neg ok 1
# expect: unpack_from neg2 error offset -8 out of range for 4-byte buffer
# expect: pack_into neg error offset -8 out of range for 4-byte buffer
# expect: slice assign self ok 4
# expect: extend self ok 4
# expect: del ext slice neg ok 2
