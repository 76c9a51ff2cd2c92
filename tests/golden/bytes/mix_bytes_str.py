# Adjacent literals cannot mix bytes and str
print(b'bytes' 'text')
# expect stderr:     print(b'bytes' 'text')
# expect stderr: SyntaxError: cannot mix bytes and nonbytes literals
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design
# python3: skip
# exit: 2
