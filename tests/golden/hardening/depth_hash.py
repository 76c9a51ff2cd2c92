# Hashing a nested tuple recurses into its items. CPython does not limit
# this recursion, and neither does gilsim short of its C stack: a 10,000-deep
# tuple hashes (depth_hash_overflow.py: a million deep is a RecursionError).

def nest_tuple(n, leaf=()):
    a = leaf
    for i in range(n):
        a = (a, i)
    return a

a, b = nest_tuple(10000), nest_tuple(10000)
print(a is b, hash(a) == hash(b))
print(hash(nest_tuple(10000, 1)) == hash(nest_tuple(10000, 2)))
d = {a: "value"}
print(d[a], len(d))
try:
    hash(nest_tuple(10000, []))
except TypeError as e:
    print("TypeError:", e)

f = frozenset()
for i in range(10000):
    f = frozenset([f, i])
print(hash(f) == hash(f), len(f))

# expect: False True
# expect: False
# expect: value 1
# expect: TypeError: unhashable type: 'list'
# expect: True 2
