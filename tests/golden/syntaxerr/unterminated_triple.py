# Unterminated triple-quoted string
print("never printed")
s = """abc
def

# expect stderr:         ^
# expect stderr: SyntaxError: unterminated triple-quoted string literal (detected at line 10)
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
