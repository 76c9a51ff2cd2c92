# Lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, z=2))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2])))
print(list(filter(lambda x: x % 2, range(8))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda: "no args")())
print(sq.__name__)
cond = lambda n: "neg" if n < 0 else "non-neg"
print(cond(-1), cond(0))

# expect: 49
# expect: 11 3
# expect: ((1,), {'z': 2})
# expect: ['a', 'bb', 'ccc']
# expect: [2, 3]
# expect: [1, 3, 5, 7]
# expect: 16
# expect: no args
# expect: <lambda>
# expect: neg non-neg
