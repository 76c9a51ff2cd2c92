# Uncaught AssertionError without a message
x = 3
assert x == 3
assert x == 4

# expect stderr: Traceback (most recent call last):
# expect stderr: AssertionError
# exit: 1
