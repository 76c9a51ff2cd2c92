# Invalid non-ASCII character (curly quote)
print("never printed")
s = “hello”

# expect stderr:         ^
# expect stderr: SyntaxError: invalid character '“' (U+201C)
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
