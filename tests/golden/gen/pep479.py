# PEP 479: a StopIteration raised inside a generator's body does not end
# the iteration silently; it becomes RuntimeError, caused by it.
def explicit():
    yield 1
    raise StopIteration("inside")

def from_next():
    it = iter([])
    yield 1
    yield next(it)   # the StopIteration of an exhausted iterator

for make in (explicit, from_next):
    try:
        print(list(make()))
    except RuntimeError as e:
        print(type(e).__name__, e)
        print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
        print("suppress context:", e.__suppress_context__)

def handled_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside: fine"

print(list(handled_inside()))
g = explicit()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("next:", e)
try:
    next(g)
except StopIteration:
    print("finished afterwards")
print(list(x for x in (1, 2)))
# expect: RuntimeError generator raised StopIteration
# expect: cause: StopIteration('inside') context is cause: True
# expect: suppress context: True
# expect: RuntimeError generator raised StopIteration
# expect: cause: StopIteration() context is cause: True
# expect: suppress context: True
# expect: ['caught inside: fine']
# expect: next: generator raised StopIteration
# expect: finished afterwards
# expect: [1, 2]
