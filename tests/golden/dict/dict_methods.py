# get / setdefault / pop / popitem / update / copy / clear / fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 99), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"x": 10, "b": 20})
d.update(y=5)
d.update([("w", 0)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e)
e.clear()
print(e)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    d.pop("missing")
except KeyError as err:
    print("KeyError:", err)

# expect: 1 None 0
# expect: 1 3 {'a': 1, 'b': 2, 'c': 3}
# expect: 1 dflt {'b': 2, 'c': 3}
# expect: {'b': 20, 'c': 3, 'x': 10, 'y': 5, 'w': 0}
# expect: ('w', 0) {'b': 20, 'c': 3, 'x': 10, 'y': 5}
# expect: {'b': 20, 'c': 3, 'x': 10, 'y': 5} {'b': 20, 'c': 3, 'x': 10, 'y': 5, 'new': 1}
# expect: {}
# expect: {'a': None, 'b': None} {'x': 0, 'y': 0}
# expect: KeyError: 'popitem(): dictionary is empty'
# expect: KeyError: 'missing'
