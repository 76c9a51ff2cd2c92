# := inside a comprehension in a class body has no scope to bind in
class Config:
    flags = [last := f for f in "abc"]

# expect stderr: walrus_class.py", line 3
# expect stderr:              ^^^^
# expect stderr: SyntaxError: assignment expression within a comprehension cannot be used in a class body
# exit: 2
