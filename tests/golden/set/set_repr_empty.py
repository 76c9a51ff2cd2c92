# Set reprs
print(set(), frozenset())
print({1}, {0, 1, 2})
print(repr({5}), str({5}))
print([set(), {1}])
e = set()
print(len(e), bool(e), bool({0}))
print(type({}).__name__, type(set()).__name__)

# expect: set() frozenset()
# expect: {1} {0, 1, 2}
# expect: {5} {5}
# expect: [set(), {1}]
# expect: 0 False True
# expect: dict set
