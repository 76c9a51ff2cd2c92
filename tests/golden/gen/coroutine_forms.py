# yield as an expression in its various forms: alone (yields None), in an
# augmented assignment, as an argument, in a lambda, and in the outermost
# iterable of a generator expression (which makes the enclosing function
# the generator).
def accumulate(seq):
    count = 0
    while count < 100:
        count += yield
        seq.append(count)

seq = []
c = accumulate(seq)
next(c)
for _ in range(3):
    c.send(10)
print(seq)

def printer():
    print("got", (yield 1))
    yield 2

p = printer()
print(next(p))
print(p.send(42))

def bare():
    yield
print(list(bare()))

f = lambda: (yield 1)
def g():
    return (yield 1)
f2 = lambda: (yield from g())
def g2():
    return (yield from f())
for make in (f, g, f2, g2):
    gen = make()
    print(type(gen).__name__, next(gen), end=" ")
    try:
        gen.send(2)
    except StopIteration as e:
        print("returned", e.value)

def outer_iterable():
    return list(i for i in [(yield 26)])
o = outer_iterable()
print(type(o).__name__, next(o))
try:
    o.send("sent")
except StopIteration as e:
    print("list of the sent value:", e.value)

def returns_sent():
    return (yield 1)
r = returns_sent()
next(r)
try:
    r.send((2,))
except StopIteration as e:
    print("tuple returned:", e.value)
r = returns_sent()
next(r)
try:
    r.send(StopIteration(2))
except StopIteration as e:
    print("a StopIteration returned:", repr(e.value), e.value.value)

def pairs():
    a = yield
    b = yield
    yield a, b
pg = pairs()
next(pg)
pg.send("x")
print(pg.send("y"))
# expect: [10, 20, 30]
# expect: 1
# expect: got 42
# expect: 2
# expect: [None]
# expect: generator 1 returned 2
# expect: generator 1 returned 2
# expect: generator 1 returned 2
# expect: generator 1 returned 2
# expect: generator 26
# expect: list of the sent value: ['sent']
# expect: tuple returned: (2,)
# expect: a StopIteration returned: StopIteration(2) 2
# expect: ('x', 'y')
