# Uncaught UnboundLocalError (3.11+ wording)
total = 0
def add(n):
    total += n
add(1)

# expect stderr: Traceback (most recent call last):
# expect stderr: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
# exit: 1
