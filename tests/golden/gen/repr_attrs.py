# A generator's repr names its function's qualified name; __name__ and
# __qualname__ come from the function (and can be set); gi_running,
# gi_suspended, gi_yieldfrom and gi_code show its state.
def shape(obj):
    # the address varies: keep that it is a hex number
    text = repr(obj)
    head, sep, addr = text.rpartition(" at 0x")
    assert sep and addr.endswith(">") and int(addr[:-1], 16) > 0, text
    return head + " at 0x...>"

def plain():
    yield 1

class Box:
    def items(self):
        yield self

def outer():
    def inner():
        yield 2
    return inner()

g = plain()
print(shape(g), type(g).__name__, type(g))
print(shape(Box().items()), shape(outer()))
print(shape(x for x in "ab"))
print(g.__name__, g.__qualname__, outer().__qualname__)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name)
next(g)
print(g.gi_running, g.gi_suspended)
g.__name__ = "renamed"
print(g.__name__, shape(g))
try:
    g.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)

def watcher():
    me = yield
    print("inside: running", me.gi_running, "suspended", me.gi_suspended)
    yield

w = watcher()
next(w)
w.send(w)
print(iter(w) is w, hasattr(w, "__next__"), hasattr(w, "send"))
# expect: <generator object plain at 0x...> generator <class 'generator'>
# expect: <generator object Box.items at 0x...> <generator object outer.<locals>.inner at 0x...>
# expect: <generator object <genexpr> at 0x...>
# expect: plain plain outer.<locals>.inner
# expect: False False None plain
# expect: False True
# expect: renamed <generator object plain at 0x...>
# expect: TypeError: __qualname__ must be set to a string object
# expect: inside: running True suspended False
# expect: True True True
