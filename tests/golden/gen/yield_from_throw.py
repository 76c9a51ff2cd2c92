# throw() into a generator suspended in yield from goes to the delegate
# first; if the delegate handles it, its next yield is throw()'s result; if
# not, the exception continues in the delegating generator.
def inner():
    while True:
        try:
            yield "inner ready"
        except KeyError as e:
            print("inner handled", e)
            yield "inner recovered"

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer handled", repr(e))
        yield "outer recovered"
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))

class Delegate:
    # an iterator with throw(): yield from forwards to it too
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def throw(self, exc):
        print("Delegate.throw", type(exc).__name__)
        return -1

def over_delegate():
    result = yield from Delegate()
    print("delegate result", result)

d = over_delegate()
print(next(d), d.throw(IndexError), next(d), next(d))
print(next(d, "finished"))
# expect: inner ready
# expect: inner handled 'k'
# expect: inner recovered
# expect: inner ready
# expect: outer handled ValueError('v')
# expect: outer recovered
# expect: outer end
# expect: Delegate.throw type
# expect: 1 -1 2 3
# expect: delegate result None
# expect: finished
