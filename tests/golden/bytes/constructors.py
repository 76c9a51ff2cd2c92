# bytes() and bytearray() from the kinds of source they accept
print(bytes(), bytes(4), bytes([72, 105]), bytes((0, 255)), bytes(range(97, 101)))
print(bytes('naïve', 'utf-8'), bytes('abc', encoding='ascii'), bytes(b'copy'), bytes(bytearray(b'ba')))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray('hé', 'latin-1'), bytearray(b'x'))
print(bytes(x * 2 for x in range(5)), bytearray(iter([65, 66])))
b = bytes([1, 2, 3])
print(b is bytes(b) or bytes(b) == b, type(bytes(bytearray(b))).__name__)

# expect: b'' b'\x00\x00\x00\x00' b'Hi' b'\x00\xff' b'abcd'
# expect: b'na\xc3\xafve' b'abc' b'copy' b'ba'
# expect: bytearray(b'') bytearray(b'\x00\x00\x00') bytearray(b'\x01\x02') bytearray(b'h\xe9') bytearray(b'x')
# expect: b'\x00\x02\x04\x06\x08' bytearray(b'AB')
# expect: True bytes
