if True:
print("no indented block")

# expect stderr: IndentationError: expected an indented block after 'if' statement on line 1
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
