# A comprehension is its own function scope, so yield inside one (but not
# in its first iterable) is a SyntaxError naming the kind of comprehension.
print("never printed")
def squares(items):
    return {(yield x): x * x for x in items}
# expect stderr: syntax_yield_in_comprehension.py", line 5
# expect stderr:     return {(yield x): x * x for x in items}
# expect stderr:              ^^^^^^^
# expect stderr: SyntaxError: 'yield' inside dict comprehension
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design
# python3: skip
# exit: 2
