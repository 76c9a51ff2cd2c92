# Slice assignment and deletion
l = list(range(10))
l[2:5] = ["a", "b"]; print(l)
l[:0] = [-1]; print(l)
l[len(l):] = [99]; print(l)
l[::2] = [0] * len(l[::2]); print(l)
del l[1:3]; print(l)
del l[::3]; print(l)
l[:] = []; print(l)
m = [1, 2, 3, 4]
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
m[1:3] = "xy"; print(m)
del m[0]; print(m)

# expect: [0, 1, 'a', 'b', 5, 6, 7, 8, 9]
# expect: [-1, 0, 1, 'a', 'b', 5, 6, 7, 8, 9]
# expect: [-1, 0, 1, 'a', 'b', 5, 6, 7, 8, 9, 99]
# expect: [0, 0, 0, 'a', 0, 5, 0, 7, 0, 9, 0]
# expect: [0, 'a', 0, 5, 0, 7, 0, 9, 0]
# expect: ['a', 0, 0, 7, 9, 0]
# expect: []
# expect: ValueError: attempt to assign sequence of size 3 to extended slice of size 2
# expect: [1, 'x', 'y', 4]
# expect: ['x', 'y', 4]
