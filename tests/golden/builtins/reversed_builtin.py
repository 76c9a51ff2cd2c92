# reversed on list, range, str, tuple
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")))
print(tuple(reversed((1, 2))), "".join(reversed("stressed")))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(range(0, 10, 3))))

# expect: [3, 2, 1] [4, 3, 2, 1, 0] ['c', 'b', 'a']
# expect: (2, 1) desserts
# expect: 2 1 end
# expect: TypeError: 'set' object is not reversible
# expect: [9, 6, 3, 0]
