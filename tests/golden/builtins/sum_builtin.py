# sum with start
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum(range(10)))
# (sum of inexact floats like [0.1, 0.2, 0.3] differs: 3.12+ uses compensated summation)
print(sum([0.5, 0.25, 1.125]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(4)), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)

# expect: 6 16 0 45
# expect: 1.875 3.5
# expect: [1, 2, 3] (1, 2)
# expect: 14 2
# expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
