# Tuple/list unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [3, 4]
print(p, q)
(m, n), o = (5, 6), 7
print(m, n, o)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
first, second = range(2)
print(first, second)
a = b = c = 9
print(a, b, c)

# expect: 1 2
# expect: 2 1
# expect: x y z
# expect: 3 4
# expect: 5 6 7
# expect: 0 a 1
# expect: 1 b 2
# expect: 0 1
# expect: 9 9 9
