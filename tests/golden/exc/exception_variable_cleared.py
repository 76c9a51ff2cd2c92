# The 'as' name is deleted after the except block
e = "outer"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
saved = None
try:
    raise TypeError("keep me")
except TypeError as exc:
    saved = exc
print(repr(saved))

# expect: inside x
# expect: NameError: name 'e' is not defined
# expect: TypeError('keep me')
