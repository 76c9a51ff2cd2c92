# A running generator cannot be resumed: next() of itself from inside
# (directly or through another function) raises ValueError, which the
# generator may catch.
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("inside:", e)
    yield 2
    print("about to misbehave")
    yield next(me)

me = selfish()
print(next(me))
print(next(me))
try:
    next(me)
except ValueError as e:
    print("outside:", e)
print(list(me))

def sender():
    while True:
        v = yield
        if v == "send":
            s.send(None)

s = sender()
next(s)
try:
    s.send("send")
except ValueError as e:
    print("send:", e)
# expect: 1
# expect: inside: generator already executing
# expect: 2
# expect: about to misbehave
# expect: outside: generator already executing
# expect: []
# expect: send: generator already executing
