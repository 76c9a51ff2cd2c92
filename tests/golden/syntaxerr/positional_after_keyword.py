# Positional argument follows keyword argument
def f(a, b):
    return a
print("never printed")
f(a=1, 2)

# expect stderr:             ^
# expect stderr: SyntaxError: positional argument follows keyword argument
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
