# slice objects
sl = slice(1, 5, 2)
print(sl, sl.start, sl.stop, sl.step)
print(list(range(10))[sl], "abcdefg"[sl])
print(slice(3), slice(None, None, -1))
rev = slice(None, None, -1)
print([1, 2, 3][rev], "xyz"[rev])
print(slice(1, 2) == slice(1, 2))
print(slice(0, 10, 3).indices(5))

# expect: slice(1, 5, 2) 1 5 2
# expect: [1, 3] bd
# expect: slice(None, 3, None) slice(None, None, -1)
# expect: [3, 2, 1] zyx
# expect: True
# expect: (0, 5, 3)
