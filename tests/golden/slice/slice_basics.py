# Slicing with steps and negative indices
l = list(range(10))
print(l[2:8:2], l[::-1], l[-3:], l[:-3], l[-1:-4:-1])
print(l[8:2:-2], l[100:], l[-100:2], l[::100])
print(l[5:5], l[7:3], l[::-3])
s = "abcdefgh"
print(s[1:-1:2], s[::-2], s[-2::-3])
t = tuple(l)
print(t[1:4], t[::-4])
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)

# expect: [2, 4, 6] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6] [9, 8, 7]
# expect: [8, 6, 4] [] [0, 1] [0]
# expect: [] [] [9, 6, 3, 0]
# expect: bdf hfdb gda
# expect: (1, 2, 3) (9, 5, 1)
# expect: ValueError: slice step cannot be zero
