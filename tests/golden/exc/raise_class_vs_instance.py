# Raising a class instantiates it; raising non-exceptions fails
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
try:
    raise IndexError("idx", 3)
except IndexError as e:
    print(e.args, e)
class Silent(Exception):
    pass
try:
    raise Silent
except Exception as e:
    print(type(e).__name__, str(e) == "")

# expect: ValueError() ()
# expect: TypeError: exceptions must derive from BaseException
# expect: ('idx', 3) ('idx', 3)
# expect: Silent True
