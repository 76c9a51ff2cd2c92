# Dict comprehensions
sq = {x: x * x for x in range(5)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({c: words.count(c) for c in words})

# expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
# expect: {0: 0, 2: 4, 4: 16}
# expect: {'apple': 5, 'bob': 3, 'cat': 3}
# expect: {1: 'a', 2: 'b'}
# expect: {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}
# expect: {'apple': 2, 'bob': 1, 'cat': 1}
