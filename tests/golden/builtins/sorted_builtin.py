# sorted with key/reverse; stability
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: 0, 1: 0}))
print(sorted([-5, 3, -1, 4], key=abs))
print(sorted(["b", "A", "c"], key=str.lower), sorted(["b", "A", "c"]))
print(sorted([]), sorted(range(5, 0, -1)))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new)

# expect: [('c', 1), ('e', 1), ('b', 2), ('a', 2), ('d', 3)]
# expect: [('d', 3), ('b', 2), ('a', 2), ('c', 1), ('e', 1)]
# expect: [3, 2, 1] ['e', 'h', 'l', 'l', 'o'] [1, 3]
# expect: [-1, 3, 4, -5]
# expect: ['A', 'b', 'c'] ['A', 'b', 'c']
# expect: [] [1, 2, 3, 4, 5]
# expect: [3, 1, 2] [1, 2, 3]
