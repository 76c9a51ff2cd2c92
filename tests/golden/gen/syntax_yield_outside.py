# yield belongs in a function: at module level, in a class body, or where a
# lambda's parentheses end, it is a SyntaxError found before anything runs.
print("never printed")
f = lambda: (yield 1), (yield 2)
# expect stderr: syntax_yield_outside.py", line 4
# expect stderr:     f = lambda: (yield 1), (yield 2)
# expect stderr:                             ^^^^^^^
# expect stderr: SyntaxError: 'yield' outside function
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design
# python3: skip
# exit: 2
