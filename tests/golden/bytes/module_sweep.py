# Hardening: random struct formats and arguments, and the codec/hash helpers on odd values.
import struct, base64, binascii, hashlib, io
x = 5
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
chars = '<>!=@bBhHiIlLqQnNfdspx?3 0e'
pool = [b'', b'abcd' * 3, bytearray(8), 0, 1, -1, 2**64, 1.5, 'Zm9v', 'zz', b'====', None, 'x', -8, 100]
for i in range(20000):
    fmt = ''.join(chars[rnd(len(chars))] for _ in range(rnd(5)))
    args = [pool[rnd(len(pool))] for _ in range(rnd(4))]
    f = [struct.pack, struct.unpack, struct.calcsize, struct.unpack_from, struct.pack_into, struct.iter_unpack][rnd(6)]
    try:
        f(fmt, *args)
    except Exception:
        pass
    g = [base64.b64decode, base64.b64encode, base64.b16decode, base64.urlsafe_b64decode, binascii.crc32, binascii.unhexlify, binascii.hexlify,
         hashlib.md5, hashlib.new, io.BytesIO, int.from_bytes][rnd(11)]
    try:
        g(*args)
    except Exception:
        pass
print('done')

# expect: done
