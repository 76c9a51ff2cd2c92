# True, False, None and simple expressions
print(True, False, None)
print(True + True, False * 10)
print(None is None, True is not False)
print(type(None).__name__, type(True).__name__)
x = None
print(x == None, x is None)
print(not None, not 0, not "", not [], not "a")
pass
print(...)
print(Ellipsis is ...)

# expect: True False None
# expect: 2 0
# expect: True True
# expect: NoneType bool
# expect: True True
# expect: True True True True False
# expect: Ellipsis
# expect: True
