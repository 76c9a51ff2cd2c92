# Uncaught RecursionError
def forever(n):
    return forever(n + 1) + 1
print("going deep")
forever(0)

# expect: going deep
# expect stderr: Traceback (most recent call last):
# expect stderr: RecursionError: maximum recursion depth exceeded
# exit: 1
