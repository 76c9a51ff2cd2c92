# Uncaught ZeroDivisionError: output before the error is kept
print("before")
x = 10
y = 0
print(x / y)
print("never")

# expect: before
# expect stderr: Traceback (most recent call last):
# expect stderr: ZeroDivisionError: division by zero
# exit: 1
