# int() with bases and whitespace
print(int("42"), int("  42  "), int("-17"), int("+8"))
print(int("1_000"), int("\t7\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36))
print(int("12345678901234567890123"))
print(int(), int(True), int(False))
for bad in ["", "4.5", "abc", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)

# expect: 42 42 -17 8
# expect: 1000 7
# expect: 255 255 255 255
# expect: 511 511 5 5
# expect: 35 36
# expect: 12345678901234567890123
# expect: 0 1 0
# expect: ValueError: invalid literal for int() with base 10: ''
# expect: ValueError: invalid literal for int() with base 10: '4.5'
# expect: ValueError: invalid literal for int() with base 10: 'abc'
# expect: ValueError: invalid literal for int() with base 10: '1 2'
# expect: ValueError: invalid literal for int() with base 10: '0x10'
# expect: invalid literal for int() with base 8: '9'
