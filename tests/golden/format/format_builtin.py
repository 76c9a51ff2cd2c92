# format() builtin
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"))
print(format("s", ">4"), format(1234567, ","), format(0.5, "%"))
print(format(12), format(1.5), format("x"), format(None), format(True))
print(repr(format(True, "")), format(True, "d"), format(False, ">6"))
print(format(-7, "b"), format(10 ** 20, ","))
print(format(2 ** 0.5, ".10g"), format(1e-10, ".3"))
print(format([1, 2]))

# expect: 3.14 00042 ff
# expect:    s 1,234,567 50.000000%
# expect: 12 1.5 x None True
# expect: 'True' 1      0
# expect: -111 100,000,000,000,000,000,000
# expect: 1.414213562 1e-10
# expect: [1, 2]
