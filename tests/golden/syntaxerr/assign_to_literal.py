# Cannot assign to a literal
print("never printed")
5 = x

# expect stderr:     ^
# expect stderr: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
