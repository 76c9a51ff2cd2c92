# Formatting bool and None through {}
print("{} {} {}".format(True, False, None))
print(f"{True} {False} {None}")
print(f"{True:>6}|{None!r:>6}|")
print(f"{True:d} {False:3d} {True + True}")
print("%s %s %d" % (True, None, True))
print(str(True) + str(None))
print(f"{[True, None]}")

# expect: True False None
# expect: True False None
# expect:      1|  None|
# expect: 1   0 2
# expect: True None 1
# expect: TrueNone
# expect: [True, None]
