# keys / values / items views
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it))
print("a" in k, 4 in v, ("b", 2) in it)
for key, val in d.items():
    print(key, val)
print(len(k), sorted(v, reverse=True))
print(list(d), [x for x in d])

# expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)])
# expect: ['a', 'b', 'c', 'd'] [1, 2, 3, 4] [('a', 1), ('b', 2), ('c', 3), ('d', 4)]
# expect: True True True
# expect: a 1
# expect: b 2
# expect: c 3
# expect: d 4
# expect: 4 [4, 3, 2, 1]
# expect: ['a', 'b', 'c', 'd'] ['a', 'b', 'c', 'd']
