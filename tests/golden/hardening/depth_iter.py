# Iterators over iterators (map of map of ..., zip of zip) recurse in C on
# every next(): a thousand deep is fine, in CPython and here
# (depth_iter_overflow.py goes 300,000 deep). A generator expression over
# another is a frame deeper in CPython, so those count against the
# recursion limit.

def chain(make, n, it):
    for i in range(n):
        it = make(it)
    return it

print(list(chain(lambda it: map(abs, it), 1000, iter([-1, -2, 3]))))
print(list(chain(lambda it: filter(None, it), 1000, iter([0, 1, 0, 2]))))
print(list(chain(zip, 1000, iter([1, 2])))[0] is not None)
print(sum(chain(lambda it: (x + 1 for x in it), 400, iter([0, 10]))))
try:
    print(sum(chain(lambda it: (x + 1 for x in it), 5000, iter([0, 10]))))
except RecursionError as e:
    print("RecursionError:", e)
print(next(chain(enumerate, 1000, iter("a")))[0])
print(list(chain(lambda it: iter(list(it)), 1000, iter([5]))))

# expect: [1, 2, 3]
# expect: [1, 2]
# expect: True
# expect: 810
# expect: RecursionError: maximum recursion depth exceeded
# expect: 0
# expect: [5]
