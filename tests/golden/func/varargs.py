# *args and **kwargs
def f(*args, **kwargs):
    print(args, kwargs)
f()
f(1, 2)
f(a=1, b=2)
f(1, "x", k=None)
def g(a, b=2, *rest, c, d=4, **more):
    print(a, b, rest, c, d, more)
g(1, c=3)
g(1, 2, 3, 4, c=5, e=6)
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3))
def kw(**opts):
    return sorted(opts.items())
print(kw(z=1, a=2))

# expect: () {}
# expect: (1, 2) {}
# expect: () {'a': 1, 'b': 2}
# expect: (1, 'x') {'k': None}
# expect: 1 2 () 3 4 {}
# expect: 1 2 (3, 4) 5 4 {'e': 6}
# expect: 0 6
# expect: [('a', 2), ('z', 1)]
