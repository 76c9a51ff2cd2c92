# Basic dict operations
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"])
d["a"] = 100
print(d)
del d["b"]
print(d, "b" in d, "c" in d)
print(dict(x=1, y=2), dict([("p", 1), ("q", 2)]), dict({"z": 0}))
print({}, dict(), {1: {2: {3: "deep"}}})
print(dict(zip("abc", range(3))))
print({"k": 1} == {"k": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})

# expect: {'a': 1, 'b': 2, 'c': 3} 3 1
# expect: {'a': 100, 'b': 2, 'c': 3}
# expect: {'a': 100, 'c': 3} False True
# expect: {'x': 1, 'y': 2} {'p': 1, 'q': 2} {'z': 0}
# expect: {} {} {1: {2: {3: 'deep'}}}
# expect: {'a': 0, 'b': 1, 'c': 2}
# expect: True True
