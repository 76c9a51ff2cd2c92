# close() of a generator suspended in yield from closes the delegate first,
# then raises GeneratorExit in the delegating generator: both finally
# blocks run, innermost first.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.close())
print(g.gi_suspended, list(g))

class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def close(self):
        print("Closable.close called")

def over():
    try:
        yield from Closable()
    except GeneratorExit:
        print("over got GeneratorExit")
        raise

o = over()
print(next(o))
o.close()
# expect: 1
# expect: inner finally
# expect: outer finally
# expect: None
# expect: False []
# expect: item
# expect: Closable.close called
# expect: over got GeneratorExit
