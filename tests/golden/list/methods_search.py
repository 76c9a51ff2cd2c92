# index / count / copy / clear / reverse
l = [5, 3, 5, 1, 5]
print(l.index(5), l.index(5, 1), l.index(1), l.count(5), l.count(9))
try:
    l.index(42)
except ValueError as e:
    print("ValueError:", e)
c = l.copy()
c.append(0)
print(l, c)
l.reverse(); print(l)
l.clear(); print(l, len(l))
print(c[:])

# expect: 0 2 3 3 0
# expect: ValueError: 42 is not in list
# expect: [5, 3, 5, 1, 5] [5, 3, 5, 1, 5, 0]
# expect: [5, 1, 5, 3, 5]
# expect: [] 0
# expect: [5, 3, 5, 1, 5, 0]
