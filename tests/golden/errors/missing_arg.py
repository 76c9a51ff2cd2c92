# Uncaught TypeError: missing argument
def f(a, b):
    return a + b
print(f(1, 2))
f(1)

# expect: 3
# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: f() missing 1 required positional argument: 'b'
# exit: 1
