# Keyword-only arguments
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2))
print(f(1, c=5, b=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep="+"))

# expect: (1, 2, 3)
# expect: (1, 2, 5)
# expect: TypeError: f() takes 1 positional argument but 2 were given
# expect: TypeError: f() missing 1 required keyword-only argument: 'b'
# expect: 1-2-3 1+2
