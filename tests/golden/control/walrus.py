# Assignment expressions (PEP 572): where they bind and what they return.
data = [1, 2, 3, 4]
if (n := len(data)) > 2:
    print("n =", n)

# while loop with a walrus condition
items = [5, 4, 3]
while (x := items.pop()) != 5:
    print("popped", x)
print("last", x, items)

# in a comprehension: binds in the enclosing scope
values = [y for v in data if (y := v * 10) > 15]
print(values, y)

def f(seq):
    total = 0
    partial = [total := total + v for v in seq]
    return partial, total

print(f([1, 2, 3]))

# nested comprehensions bind in the function, through both
def g():
    rows = [[(last := a * b) for b in range(3)] for a in range(3)]
    return rows, last
print(g())

# a closure over a walrus-bound name
def h():
    [found := w for w in "abc" if w == "b"]
    return lambda: found
print(h()())

# in call arguments and a subscript
def show(*args):
    return args
print(show(z := 3, z + 1), [10, 20, 30][(i := 1)], i)

# module-level name from inside a function's comprehension via global
def setg():
    global gg
    [gg := q for q in range(4)]
setg()
print(gg)

# expect: n = 4
# expect: popped 3
# expect: popped 4
# expect: last 5 []
# expect: [20, 30, 40] 40
# expect: ([1, 3, 6], 6)
# expect: ([[0, 0, 0], [0, 1, 2], [0, 2, 4]], 4)
# expect: b
# expect: (3, 4) 20 1
# expect: 3
