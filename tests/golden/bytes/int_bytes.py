# int.to_bytes and int.from_bytes round trips and range errors
for value, length, order, signed in ((1, 1, 'big', False), (1024, 2, 'big', False), (1024, 4, 'little', False),
                                    (-2, 2, 'big', True), (-128, 1, 'little', True), (2 ** 64 - 1, 8, 'big', False),
                                    (-(2 ** 100), 13, 'big', True), (0, 0, 'big', False)):
    b = value.to_bytes(length, order, signed=signed)
    print(value, b, int.from_bytes(b, order, signed=signed) == value)
print((65).to_bytes(), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes([1, 2], 'big'), int.from_bytes(b'', 'big'))
for f in (lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(2, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(2, 'sideways'), lambda: (1).to_bytes(-1, 'big')):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

# expect: 1 b'\x01' True
# expect: 1024 b'\x04\x00' True
# expect: 1024 b'\x00\x04\x00\x00' True
# expect: -2 b'\xff\xfe' True
# expect: -128 b'\x80' True
# expect: 18446744073709551615 b'\xff\xff\xff\xff\xff\xff\xff\xff' True
# expect: -1267650600228229401496703205376 b'\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' True
# expect: 0 b'' True
# expect: b'A' 1 258 0
# expect: OverflowError int too big to convert
# expect: OverflowError can't convert negative int to unsigned
# expect: OverflowError int too big to convert
# expect: ValueError byteorder must be either 'little' or 'big'
# expect: ValueError length argument must be non-negative
