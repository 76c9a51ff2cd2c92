# TypeError messages for bad calls
def f(a, b):
    return a + b
def g(x):
    return x
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=3),
    lambda: f(1, 2, a=3),
    lambda: g(),
    lambda: g(1, 2),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)

# expect: f() missing 1 required positional argument: 'b'
# expect: f() takes 2 positional arguments but 3 were given
# expect: f() got an unexpected keyword argument 'c'
# expect: f() got multiple values for argument 'a'
# expect: g() missing 1 required positional argument: 'x'
# expect: g() takes 1 positional argument but 2 were given
# expect: f() missing 2 required positional arguments: 'a' and 'b'
