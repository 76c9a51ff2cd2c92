# range objects
r = range(10)
print(r, len(r), r[3], r[-1])
print(range(2, 10, 3), list(range(2, 10, 3)))
print(list(range(5, 0, -1)), list(range(0, -10, -3)))
print(list(range(0)), list(range(5, 2)), len(range(5, 2)))
print(range(0, 10, 2)[1:3], range(10)[::2], range(10)[::-1])
print(list(range(10)[::-3]))
print(range(1, 7).index(4), range(0, 20, 5).count(10))
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(10))
print(range(3) == range(0, 3), range(0) == range(5, 5))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)

# expect: range(0, 10) 10 3 9
# expect: range(2, 10, 3) [2, 5, 8]
# expect: [5, 4, 3, 2, 1] [0, -3, -6, -9]
# expect: [] [] 0
# expect: range(2, 6, 2) range(0, 10, 2) range(9, -1, -1)
# expect: [9, 6, 3, 0]
# expect: 3 1
# expect: True False False
# expect: True True
# expect: ValueError: range() arg 3 must not be zero
# expect: IndexError: range object index out of range
