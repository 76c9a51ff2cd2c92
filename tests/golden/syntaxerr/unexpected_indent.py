# Unexpected indent
print("never printed")
x = 1
    y = 2

# expect stderr: IndentationError: unexpected indent
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
