# append / extend / insert / pop / remove
l = [1, 2, 3]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend(range(7, 9)); print(l)
l.extend("ab"); print(l)
l.insert(0, "start"); print(l)
l.insert(100, "end"); print(l)
l.insert(-1, "before-end"); print(l)
print(l.pop(), l.pop(0), l.pop(-2))
print(l)
l.remove("a"); print(l)
try:
    l.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

# expect: [1, 2, 3, 4]
# expect: [1, 2, 3, 4, 5, 6]
# expect: [1, 2, 3, 4, 5, 6, 7, 8]
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b']
# expect: ['start', 1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b']
# expect: ['start', 1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b', 'end']
# expect: ['start', 1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b', 'before-end', 'end']
# expect: end start b
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 'a', 'before-end']
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 'before-end']
# expect: ValueError: list.remove(x): x not in list
# expect: IndexError: pop from empty list
