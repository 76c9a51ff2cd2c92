# return outside a function
print("never printed")
return 5

# expect stderr:     ^^^^^^^^
# expect stderr: SyntaxError: 'return' outside function
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
