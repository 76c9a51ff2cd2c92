# str/repr/hex/bin/oct of ints including negatives
print(str(-0), repr(12345), str(10 ** 40))
print(hex(255), hex(-255), hex(0))
print(bin(10), bin(-10), bin(0))
print(oct(8), oct(-8), oct(0))
print(hex(2 ** 100))
print(bin(2 ** 70 - 1).count("1"))
n = 7 ** 77
s = str(n)
print(s[:10], s[-10:], len(s))
print(int(s) == n)
print(int(hex(n), 16) == n, int(bin(-n), 2) == -n, int(oct(n), 8) == n)

# expect: 0 12345 10000000000000000000000000000000000000000
# expect: 0xff -0xff 0x0
# expect: 0b1010 -0b1010 0b0
# expect: 0o10 -0o10 0o0
# expect: 0x10000000000000000000000000
# expect: 70
# expect: 1181813865 8287039207 66
# expect: True
# expect: True True True
