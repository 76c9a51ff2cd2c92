# python3: skip — CPython 3.11 crashes (SIGSEGV) on next() through 300,000
# nested iterators: it does not limit that recursion. gilsim's C stack guard
# makes it a RecursionError. A generator expression is a generator: the ones
# the RecursionError went through are finished (CPython does the same with a
# chain short enough not to crash it), so list() of the outermost is empty.

def chain(make, n, it):
    for i in range(n):
        it = make(it)
    return it

for name, make in (("map", lambda it: map(abs, it)), ("filter", lambda it: filter(None, it)),
                   ("zip", zip), ("enumerate", enumerate),
                   ("genexp", lambda it: (x for x in it))):
    it = chain(make, 300000, iter([1, 2]))
    try:
        print(name, next(it))
    except RecursionError as e:
        print(name, "RecursionError:", e)
    try:
        print(name, list(it))
    except RecursionError as e:
        print(name, "RecursionError:", e)

# expect: map RecursionError: maximum recursion depth exceeded while iterating
# expect: map RecursionError: maximum recursion depth exceeded while iterating
# expect: filter RecursionError: maximum recursion depth exceeded while iterating
# expect: filter RecursionError: maximum recursion depth exceeded while iterating
# expect: zip RecursionError: maximum recursion depth exceeded while iterating
# expect: zip RecursionError: maximum recursion depth exceeded while iterating
# expect: enumerate RecursionError: maximum recursion depth exceeded while iterating
# expect: enumerate RecursionError: maximum recursion depth exceeded while iterating
# expect: genexp RecursionError: maximum recursion depth exceeded
# expect: genexp []
