# An uncaught exception: stdout up to the error, a traceback on stderr that
# names the lines, exit status 1.


def divide(a, b):
    return a / b


print("before")
print(divide(1, 0))
print("not reached")

# expect: before
# expect stderr: Traceback (most recent call last):
# expect stderr: line 10, in <module>
# expect stderr: line 6, in divide
# expect stderr: ZeroDivisionError: division by zero
# exit: 1
