# break outside a loop
print("never printed")
if True:
    break

# expect stderr:     ^^^^^
# expect stderr: SyntaxError: 'break' outside loop
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
