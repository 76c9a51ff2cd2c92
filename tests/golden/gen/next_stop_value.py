# next() lets the StopIteration of a class's __next__ through as raised
# (its value and args kept), and a default replaces it; subclasses of the
# built-in iterators iterate as their base does.
class Finite:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration("no more", 0)
        return self.items.pop(0)

f = Finite("ab")
print(next(f), next(f), next(f, "default"))
try:
    next(f)
except StopIteration as e:
    print(repr(e), e.value, e.args)

class Numbered(enumerate):
    pass

n = Numbered("xy", 1)
print(next(n), list(n), next(n, "done"))
# expect: a b default
# expect: StopIteration('no more', 0) no more ('no more', 0)
# expect: (1, 'x') [(2, 'y')] done
