# A bare @ with no expression
print("never printed")
@
def f():
    pass

# expect stderr: line 3
# expect stderr:     @
# expect stderr:      ^
# expect stderr: SyntaxError: invalid syntax
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design
# python3: skip
# exit: 2
