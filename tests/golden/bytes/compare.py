# Comparisons are lexicographic by byte value; bytes and bytearray compare equal
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc')
print(b'' < b'\x00', b'\xff' > b'\x7f', b'abc' <= b'abc', b'abd' >= b'abc')
print(b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', b'a' == 'a', b'1' == 1)
try:
    b'a' < 'a'
except TypeError as e:
    print(e)
print(sorted([b'pear', b'apple', b'Zed', b'apple2', bytearray(b'b')]))
print(max(b'aa', b'b'), min([b'x', b'\x00x']))

# expect: True True True True True
# expect: True True True True
# expect: True True False False
# expect: '<' not supported between instances of 'bytes' and 'str'
# expect: [b'Zed', b'apple', b'apple2', bytearray(b'b'), b'pear']
# expect: b'b' b'\x00x'
