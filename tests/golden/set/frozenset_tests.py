# frozenset
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f)
print(frozenset(), frozenset({1}) == {1})
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(sorted(f))

# expect: frozenset({1, 2, 3}) 3 True
# expect: frozenset() True
# expect: frozen
# expect: frozenset({1, 2, 3, 4}) frozenset set
# expect: AttributeError: 'frozenset' object has no attribute 'add'
# expect: 2
# expect: [1, 2, 3]
