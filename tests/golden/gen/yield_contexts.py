# Any yield makes the enclosing function a generator: in an augmented
# assignment, a lambda's default value (evaluated in the function), both
# subscripts of a chained assignment (evaluated left to right), a call's
# arguments, a conditional, even one that can never run.
def aug():
    x = 0
    x += yield
    yield x

def default():
    f = lambda x=(yield "default"): x
    yield f()

def chained(d):
    d[(yield "a")] = d[(yield "b")] = 27

def unreachable():
    return 1
    yield

def in_call():
    print("printing", (yield 1), (yield 2))

def conditional(flag):
    return (yield "yes") if flag else "no"

for make in (aug, default, unreachable, in_call):
    print(make.__name__, type(make()).__name__)

a = aug()
next(a)
print(a.send(5))
d = default()
print(next(d), d.send("sent default"))
data = [1, 2]
c = chained(data)
print(c.send(None), data)
print(c.send(0), data)
try:
    c.send(1)
except StopIteration:
    print("done", data)
try:
    next(unreachable())
except StopIteration as e:
    print("unreachable returns", e.value)
g = in_call()
print(next(g), g.send("A"))
try:
    g.send("B")
except StopIteration:
    pass
for flag in (True, False):
    cg = conditional(flag)
    try:
        print(next(cg))
        cg.send("answer")
    except StopIteration as e:
        print("returned", e.value)
# expect: aug generator
# expect: default generator
# expect: unreachable generator
# expect: in_call generator
# expect: 5
# expect: default sent default
# expect: a [1, 2]
# expect: b [27, 2]
# expect: done [27, 27]
# expect: unreachable returns 1
# expect: 1 2
# expect: printing A B
# expect: yes
# expect: returned answer
# expect: returned no
