# The value of `yield from sub` is what sub returns; intermediate yields pass
# straight through to the caller.
def averager(values):
    total = 0
    for v in values:
        total += v
        yield f"added {v}"
    return total / len(values)

def report(groups):
    results = {}
    for name, values in groups.items():
        results[name] = yield from averager(values)
    return results

g = report({"a": [1, 2, 3], "b": [10, 20]})
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("results:", e.value)
        break

def inner_none():
    yield 1

def outer():
    r = yield from inner_none()
    print("inner returned", r)
    r2 = yield from []
    print("empty returned", r2)

print(list(outer()))
# expect: added 1
# expect: added 2
# expect: added 3
# expect: added 10
# expect: added 20
# expect: results: {'a': 2.0, 'b': 15.0}
# expect: inner returned None
# expect: empty returned None
# expect: [1]
