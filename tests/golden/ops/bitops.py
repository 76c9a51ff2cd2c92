# Bitwise operators
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(1 << 100)
print(~0, ~-1, -5 & 0xFF, -5 | 2)
print(0b1100 & 0b1010 == 0b1000)
print(True & False, True | False, True ^ True)
x = 0b1111
x &= 0b0101; print(x)
x |= 0b1000; print(x)
x ^= 0b0001; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
print((2**70 | 1) & 3)

# expect: 8 14 6 -13
# expect: 1024 128 -4 -1
# expect: 1267650600228229401496703205376
# expect: -1 0 251 -5
# expect: True
# expect: False True False
# expect: 5
# expect: 13
# expect: 12
# expect: 48
# expect: 24
# expect: 1
