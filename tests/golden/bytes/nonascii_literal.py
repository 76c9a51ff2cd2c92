# A bytes literal may hold only ASCII characters
x = b'caf\xc3\xa9'
y = b'café'
print(x, y)
# expect stderr:     y = b'café'
# expect stderr: SyntaxError: bytes can only contain ASCII literal characters
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design
# python3: skip
# exit: 2
