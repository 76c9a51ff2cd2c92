# Call-site * and ** unpacking
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
print(f(*(1,), *[2], 3))
kw = {"b": 5, "c": 6}
print(f(4, **kw))
print(f(**{"a": 7, "b": 8, "c": 9}))
print(f(*[1], **{"c": 3, "b": 2}))
def show(*a, **k):
    return a, k
print(show(*"ab", *range(2), x=1, **{"y": 2}))
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]))

# expect: 123
# expect: 123
# expect: 123
# expect: 456
# expect: 789
# expect: 123
# expect: (('a', 'b', 0, 1), {'x': 1, 'y': 2})
# expect: TypeError: f() got multiple values for argument 'a'
# expect: 9
