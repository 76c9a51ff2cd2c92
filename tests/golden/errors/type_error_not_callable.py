# Calling a non-callable
x = 5
x()

# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: 'int' object is not callable
# exit: 1
