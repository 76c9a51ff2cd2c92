# Integer literal forms
print(1_000_000)
print(0x_FF, 0xff, 0XAb)
print(0o777, 0O17)
print(0b1010, 0B1111_0000)
print(0, 00, 0_0)
print(123456789012345678901234567890)
print(-0x10, +0b11)
print(1_2_3 + 4_5)

# expect: 1000000
# expect: 255 255 171
# expect: 511 15
# expect: 10 240
# expect: 0 0 0
# expect: 123456789012345678901234567890
# expect: -16 3
# expect: 168
