# Nested dictionaries and counting
data = {"fruits": {"apple": 3, "pear": 1}, "veg": {"kale": 2}}
data["fruits"]["apple"] += 1
data.setdefault("nuts", {})["almond"] = 7
print(data)
total = sum(n for group in data.values() for n in group.values())
print(total)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)

# expect: {'fruits': {'apple': 4, 'pear': 1}, 'veg': {'kale': 2}, 'nuts': {'almond': 7}}
# expect: 14
# expect: {'a': 3, 'b': 2, 'c': 1}
# expect: [('a', 3), ('b', 2), ('c', 1)]
# expect: {3: ['a'], 2: ['b'], 1: ['c']}
