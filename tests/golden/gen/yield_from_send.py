# send() goes through yield from to the innermost generator; the value a
# delegate yields comes straight back to the sender.
def inner():
    got = []
    while len(got) < 2:
        x = yield f"inner wants #{len(got)}"
        got.append(x)
    return got

def middle():
    r = yield from inner()
    print("middle got", r)
    y = yield "middle wants one"
    return r + [y]

def outer():
    r = yield from middle()
    print("outer got", r)

g = outer()
print(next(g))
print(g.send("x"))
print(g.send("y"))
try:
    g.send("z")
except StopIteration as e:
    print("done", e.value)
print(g.gi_yieldfrom)
# expect: inner wants #0
# expect: inner wants #1
# expect: middle got ['x', 'y']
# expect: middle wants one
# expect: outer got ['x', 'y', 'z']
# expect: done None
# expect: None
