# A generator expression is a generator: nothing runs until it is iterated;
# only its first iterable is evaluated (and iter() called) at once, every
# other part lazily, item by item.
log = []

def source(name, n):
    log.append("iter " + name)
    for i in range(n):
        log.append(f"{name} yields {i}")
        yield i

def check(x):
    log.append(f"check {x}")
    return x % 2 == 0

g = (x * 10 for x in source("outer", 4) if check(x))
print(type(g).__name__, log)
print(next(g), log)
log.clear()
print(list(g), log)
log.clear()
pairs = ((a, b) for a in source("A", 2) for b in source("B", 2))
print(log)
print(next(pairs), log)
print(list(pairs))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at once:", e)
bad = (1 / x for x in [1, 0])
print(next(bad))
try:
    next(bad)
except ZeroDivisionError as e:
    print("ZeroDivisionError on the second item:", e)
print(list(bad))
nested = (y for y in (x + 1 for x in range(3)))
print(list(nested), list(nested))
print(sum(i for i in range(101)), max((len(w), w) for w in "a bb ccc".split()))
print(list(x for x in (y for y in "abc") if x != "b"))
# expect: generator []
# expect: 0 ['iter outer', 'outer yields 0', 'check 0']
# expect: [20] ['outer yields 1', 'check 1', 'outer yields 2', 'check 2', 'outer yields 3', 'check 3']
# expect: []
# expect: (0, 0) ['iter A', 'A yields 0', 'iter B', 'B yields 0']
# expect: [(0, 1), (1, 0), (1, 1)]
# expect: TypeError at once: 'int' object is not iterable
# expect: 1.0
# expect: ZeroDivisionError on the second item: division by zero
# expect: []
# expect: [1, 2, 3] []
# expect: 5050 (3, 'ccc')
# expect: ['a', 'c']
