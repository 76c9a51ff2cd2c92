# := is refused in a comprehension's iterable, even inside a lambda there
rows = [r for r in (data := [1, 2])]

# expect stderr: walrus_iterable.py", line 2
# expect stderr: SyntaxError: assignment expression cannot be used in a comprehension iterable expression
# exit: 2
