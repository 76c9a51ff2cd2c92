# struct: pack/unpack with byte orders, counts, padding, Struct objects and struct.error
import struct
for fmt, vals in [('<I', (1,)), ('>I', (1,)), ('!H', (513,)), ('<hHbB', (-2, 65535, -128, 255)), ('@bi', (1, 2)), ('=bi', (1, 2)),
                  ('<q', (-5,)), ('<Q', (2**64 - 1,)), ('>d', (1.5,)), ('<f', (0.1,)), ('3s', (b'abcdef',)), ('5s', (b'ab',)),
                  ('?x?', (True, 0)), ('<2i', (7, 8)), ('@ihq', (1, 2, 3)), ('<l', (-1,)), ('@L', (2**63,)), ('4p', (b'hello',)), ('< i h', (1, 2))]:
    b = struct.pack(fmt, *vals)
    print(fmt, b, struct.calcsize(fmt), struct.unpack(fmt, b))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
s = struct.Struct('<HH')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
ba = bytearray(8)
struct.pack_into('<I', ba, 2, 0xdeadbeef)
print(ba, struct.unpack_from('<I', ba, 2), struct.unpack_from('<H', ba), struct.unpack_from('<H', ba, offset=-2))
for f, v in [('b',200),('B',300),('h',1<<20),('H',-1),('i',1<<40),('<i',1<<40),('I',-1),('<q',1<<70),('Q',-1),('<l',1<<40),('i','x'),('f','x'),('<f',1e300),('s',1)]:
    try: struct.pack(f, v)
    except (struct.error, OverflowError) as e: print(f, type(e).__name__, e)
for a in [('ii', 1), ('i', 1, 2), ('z', 1)]:
    try: struct.pack(*a)
    except struct.error as e: print(e)
try: struct.unpack('<i', b'abc')
except struct.error as e: print(e)
try: struct.unpack_from('<i', b'abc', 1)
except struct.error as e: print(e)
print(issubclass(struct.error, Exception), struct.error.__name__)

# expect: <I b'\x01\x00\x00\x00' 4 (1,)
# expect: >I b'\x00\x00\x00\x01' 4 (1,)
# expect: !H b'\x02\x01' 2 (513,)
# expect: <hHbB b'\xfe\xff\xff\xff\x80\xff' 6 (-2, 65535, -128, 255)
# expect: @bi b'\x01\x00\x00\x00\x02\x00\x00\x00' 8 (1, 2)
# expect: =bi b'\x01\x02\x00\x00\x00' 5 (1, 2)
# expect: <q b'\xfb\xff\xff\xff\xff\xff\xff\xff' 8 (-5,)
# expect: <Q b'\xff\xff\xff\xff\xff\xff\xff\xff' 8 (18446744073709551615,)
# expect: >d b'?\xf8\x00\x00\x00\x00\x00\x00' 8 (1.5,)
# expect: <f b'\xcd\xcc\xcc=' 4 (0.10000000149011612,)
# expect: 3s b'abc' 3 (b'abc',)
# expect: 5s b'ab\x00\x00\x00' 5 (b'ab\x00\x00\x00',)
# expect: ?x? b'\x01\x00\x00' 3 (True, False)
# expect: <2i b'\x07\x00\x00\x00\x08\x00\x00\x00' 8 (7, 8)
# expect: @ihq b'\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00' 16 (1, 2, 3)
# expect: <l b'\xff\xff\xff\xff' 4 (-1,)
# expect: @L b'\x00\x00\x00\x00\x00\x00\x00\x80' 8 (9223372036854775808,)
# expect: 4p b'\x03hel' 4 (b'hel',)
# expect: < i h b'\x01\x00\x00\x00\x02\x00' 6 (1, 2)
# expect: (0.10000000149011612,)
# expect: 4 <HH b'\x01\x00\x02\x00' (1, 2) [(1, 2), (1, 2)]
# expect: bytearray(b'\x00\x00\xef\xbe\xad\xde\x00\x00') (3735928559,) (0,) (0,)
# expect: b error byte format requires -128 <= number <= 127
# expect: B error ubyte format requires 0 <= number <= 255
# expect: h error short format requires -32768 <= number <= 32767
# expect: H error ushort format requires 0 <= number <= 65535
# expect: i error 'i' format requires -2147483648 <= number <= 2147483647
# expect: <i error 'i' format requires -2147483648 <= number <= 2147483647
# expect: I error argument out of range
# expect: <q error argument out of range
# expect: Q error argument out of range
# expect: <l error 'l' format requires -2147483648 <= number <= 2147483647
# expect: i error required argument is not an integer
# expect: f error required argument is not a float
# expect: <f OverflowError float too large to pack with f format
# expect: s error argument for 's' must be a bytes object
# expect: pack expected 2 items for packing (got 1)
# expect: pack expected 1 items for packing (got 2)
# expect: bad char in struct format
# expect: unpack requires a buffer of 4 bytes
# expect: unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 3)
# expect: True error
