# %-formatting
print("%s and %r" % ("str", "str"))
print("%d %i %5d|%-5d|%05d" % (42, 42, 42, 42, 42))
print("%f %.3f %10.2f|%-10.2f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %.2e %g %g" % (12345.678, 12345.678, 0.00001234, 123456789.0))
print("%c%c %%" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%s" % [1, 2], "%s" % (1,), "%s" % "single")
print("%+d %+d % d" % (5, -5, 5))
print("%.2s|%5s|%-5s|" % ("abcdef", "ab", "ab"))
print("%d" % 3.9, "%s" % None, "%r" % None)
print("%3d%%" % 50)

# expect: str and 'str'
# expect: 42 42    42|42   |00042
# expect: 3.141590 3.142       3.14|3.14      |
# expect: ff FF 10 0xff 0o10
# expect: 1.234568e+04 1.23e+04 1.234e-05 1.23457e+08
# expect: Hi %
# expect: Bob is 30
# expect: [1, 2] 1 single
# expect: +5 -5  5
# expect: ab|   ab|ab   |
# expect: 3 None None
# expect:  50%
