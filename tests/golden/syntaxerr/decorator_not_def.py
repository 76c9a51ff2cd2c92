# A decorator must be followed by a def or a class
def deco(f):
    return f
print("never printed")
@deco
x = 1

# expect stderr: line 6
# expect stderr:     x = 1
# expect stderr:     ^
# expect stderr: SyntaxError: invalid syntax
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design
# python3: skip
# exit: 2
