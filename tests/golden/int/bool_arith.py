# bool is a subclass of int
print(True + True, True * 10, False - 1)
print(True / 2, True // 2, -True)
print(sum([True, True, False, True]))
print(isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, hash(True) == hash(1))
d = {1: "one"}
d[True] = "true"
print(d)
print(str(True), repr(False), int(True))
print(True & True, True | False, ~True)
print(bool(-1), bool(0))

# expect: 2 10 -1
# expect: 0.5 0 -1
# expect: 3
# expect: True True
# expect: True True True
# expect: {1: 'true'}
# expect: True False 1
# expect: True True -2
# expect: True False
