# Dicts keep insertion order across updates and deletes
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d))
d["a"] = "updated"
print(d)
del d["z"]
d["z"] = "back"
print(d)
d.pop("m")
d["m"] = 0
print(list(d.keys()))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2))
print({**d2, 1: "A", 4: "d"})

# expect: ['z', 'a', 'm', 'b']
# expect: {'z': 0, 'a': 'updated', 'm': 2, 'b': 3}
# expect: {'a': 'updated', 'm': 2, 'b': 3, 'z': 'back'}
# expect: ['a', 'b', 'z', 'm']
# expect: {3: 'c', 1: 'a', 2: 'b'} [1, 2, 3]
# expect: {3: 'c', 1: 'A', 2: 'b', 4: 'd'}
