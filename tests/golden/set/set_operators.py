# Set operators with small ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > b)
print({1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({7}))
c = set(a)
c |= {10}; print(c)
c &= {1, 10, 11}; print(c)
c -= {1}; print(c)
c ^= {10, 12}; print(c)
c.update([1, 2], {3}); print(c)
print({1, 2} == {2, 1}, {1} != {1, 2})

# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {5} {1, 2, 5}
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {1, 2, 5}
# expect: {1, 2, 3, 4, 8, 9}
# expect: True True True False True False
# expect: True True True
# expect: {1, 2, 3, 4, 10}
# expect: {1, 10}
# expect: {10}
# expect: {12}
# expect: {1, 2, 3, 12}
# expect: True True
