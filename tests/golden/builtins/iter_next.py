# iter and next with default
it = iter([10, 20])
print(next(it), next(it), next(it, None), next(it, "again"))
s = iter("ab")
print(list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(next(r), list(r))
it2 = iter([1, 2, 3])
print(iter(it2) is it2)
for x in it2:
    if x == 1:
        print("skipping", next(it2))
    else:
        print("got", x)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)

# expect: 10 20 None again
# expect: ['a', 'b']
# expect: x y
# expect: 0 [1, 2]
# expect: True
# expect: skipping 2
# expect: got 3
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'list' object is not an iterator
