# Indexing gives ints, slicing gives bytes (or bytearray)
b = b'abcdefgh'
print(b[0], b[-1], b[2:5], b[:3], b[5:], b[::2], b[::-1], b[10:20], b[-3:-1])
ba = bytearray(b)
print(ba[1], ba[1:3], ba[::-3], type(ba[1:2]).__name__)
for bad in (100, -100):
    try:
        b[bad]
    except IndexError as e:
        print('bytes', e)
    try:
        ba[bad]
    except IndexError as e:
        print('bytearray', e)
try:
    b[1.0]
except TypeError as e:
    print(e)
try:
    ba['x']
except TypeError as e:
    print(e)

# expect: 97 104 b'cde' b'abc' b'fgh' b'aceg' b'hgfedcba' b'' b'fg'
# expect: 98 bytearray(b'bc') bytearray(b'heb') bytearray
# expect: bytes index out of range
# expect: bytearray bytearray index out of range
# expect: bytes index out of range
# expect: bytearray bytearray index out of range
# expect: byte indices must be integers or slices, not float
# expect: bytearray indices must be integers or slices, not str
