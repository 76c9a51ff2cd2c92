# hash consistency for numbers and immutables
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(12345), hash(-2) == hash(-2), hash(10 ** 3))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("ab" + "c"))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in [[1], {1: 2}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
print(hash(None) == hash(None))

# expect: True
# expect: True
# expect: 12345 True 1000
# expect: True True
# expect: True
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'set'
# expect: True
