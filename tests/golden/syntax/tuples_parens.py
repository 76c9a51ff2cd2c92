# Tuple syntax and trailing commas
t = 1, 2, 3
print(t)
single = 1,
print(single, type(single).__name__)
empty = ()
print(empty, len(empty))
print((1), (1,))
a = [1, 2, 3,]
print(a)
def f(x, y,):
    return x + y
print(f(1, 2,))
x, = [42]
print(x)

# expect: (1, 2, 3)
# expect: (1,) tuple
# expect: () 0
# expect: 1 (1,)
# expect: [1, 2, 3]
# expect: 3
# expect: 42
