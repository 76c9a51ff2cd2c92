# zip and enumerate
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], [5, 6])))
print(dict(zip(["a", "b"], [1, 2])))
print(list(enumerate("xyz")), list(enumerate("xyz", start=10)), list(enumerate([], 5)))
names = ["ann", "bob"]
ages = [30, 40]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)

# expect: [(1, 'a'), (2, 'b')]
# expect: [] [(1,)] [(1, 3, 5), (2, 4, 6)]
# expect: {'a': 1, 'b': 2}
# expect: [(0, 'x'), (1, 'y'), (2, 'z')] [(10, 'x'), (11, 'y'), (12, 'z')] []
# expect: 1 ann 30
# expect: 2 bob 40
# expect: (1, 2) ('a', 'b')
