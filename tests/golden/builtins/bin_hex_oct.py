# bin / hex / oct
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(37), 2), int(hex(-37), 16))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)

# expect: 0 0b0 0o0 0x0
# expect: 1 0b1 0o1 0x1
# expect: 7 0b111 0o7 0x7
# expect: 8 0b1000 0o10 0x8
# expect: 255 0b11111111 0o377 0xff
# expect: 256 0b100000000 0o400 0x100
# expect: -1 -0b1 -0o1 -0x1
# expect: -255 -0b11111111 -0o377 -0xff
# expect: 1099511627776 0b10000000000000000000000000000000000000000 0o20000000000000 0x10000000000
# expect: 37 -37
# expect: TypeError: 'float' object cannot be interpreted as an integer
