# Deeply nested generators count toward the recursion limit as CPython's
# do: each level of yield from or of a for over a generator is a frame.
def nested(n):
    if n:
        yield from nested(n - 1)
    yield n

def nested_for(n):
    if n:
        for x in nested_for(n - 1):
            yield x
    yield n

print(sum(nested(400)), sum(nested_for(400)))
for make in (nested, nested_for):
    try:
        sum(make(5000))
    except RecursionError as e:
        print(make.__name__, "RecursionError:", e)
print(sum(nested(300)))
# expect: 80200 80200
# expect: nested RecursionError: maximum recursion depth exceeded
# expect: nested_for RecursionError: maximum recursion depth exceeded
# expect: 45150
