# Uncaught TypeError: too many positional arguments
def f(a):
    return a
print(f(1))
f(1, 2)

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: f() takes 1 positional argument but 2 were given
# exit: 1
