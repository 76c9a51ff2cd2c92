# A generator that has not started has no yield to receive a value: send
# of anything but None raises TypeError and leaves it unstarted.
def gen():
    x = yield 1
    yield x

g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("later"))
try:
    g.send(1)
except StopIteration:
    print("exhausted")
try:
    g.send(2)
except StopIteration:
    print("still exhausted")
# expect: TypeError: can't send non-None value to a just-started generator
# expect: 1
# expect: later
# expect: exhausted
# expect: still exhausted
