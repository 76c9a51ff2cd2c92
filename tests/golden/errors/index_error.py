# Uncaught IndexError
items = [1, 2, 3]
print(items[2])
print(items[3])

# expect: 3
# expect stderr: Traceback (most recent call last):
# expect stderr: IndexError: list index out of range
# exit: 1
