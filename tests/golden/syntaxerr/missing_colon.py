# Missing colon after if
print("never printed")
if 1 > 0
    print("x")

# expect stderr:             ^
# expect stderr: SyntaxError: expected ':'
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
