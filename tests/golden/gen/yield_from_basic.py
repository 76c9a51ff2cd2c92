# yield from delegates to any iterable: lists, strings, ranges, dicts,
# other generators, nested delegation.
def letters():
    yield from "ab"
    yield from ["c", "d"]

def numbers():
    yield from range(3)
    yield from (i * 10 for i in range(1, 3))

def everything():
    yield from letters()
    yield from numbers()
    yield from {"k1": 1, "k2": 2}
    yield from ()
    yield "last"

print(list(everything()))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
try:
    list(x for x in letters() if x > 1)
except TypeError as e:
    print("TypeError:", e)

def bad():
    yield from 42
try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)
# expect: ['a', 'b', 'c', 'd', 0, 1, 2, 10, 20, 'k1', 'k2', 'last']
# expect: [1, 2, 3, 4, 5, 6]
# expect: TypeError: '>' not supported between instances of 'str' and 'int'
# expect: TypeError: 'int' object is not iterable
