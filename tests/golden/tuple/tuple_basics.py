# Tuples
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3])
print((1,), (), tuple([1, 2]), tuple("ab"))
print((1, 2) + (3,), (0,) * 3)
print((1, 2, 2, 3, 2).count(2), (1, 2, 3).index(3))
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9, 9))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(hash((1, 2)) == hash((1, 2)))

# expect: (1, 'a', 2.5, None) 4 a None ('a', 2.5)
# expect: (1,) () (1, 2) ('a', 'b')
# expect: (1, 2, 3) (0, 0, 0)
# expect: 3 2
# expect: ValueError: tuple.index(x): x not in tuple
# expect: TypeError: 'tuple' object does not support item assignment
# expect: True True True
# expect: ((1, 2), [3, 4, 5])
# expect: True
