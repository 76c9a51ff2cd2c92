# Uncaught ValueError from int()
print(int("12"))
print(int("x"))

# expect: 12
# expect stderr: Traceback (most recent call last):
# expect stderr: ValueError: invalid literal for int() with base 10: 'x'
# exit: 1
