# A generator expression sees the variables of its enclosing scope when it
# runs, not when it is made (late binding) — except the first iterable,
# which is evaluated at once. Its loop variable does not leak.
def make():
    n = 1
    g = (x * n for x in range(3))
    n = 100
    return list(g)

print(make())
items = [1, 2]
g = (x for x in items)
items = [7, 8, 9]
print(list(g))
x = "outer x"
print(list(x for x in "ab"), x)
gens = [(i * k for i in range(2)) for k in range(3)]
print([list(g) for g in gens])

class Config:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
print(Config.doubled)

def counter():
    total = 0
    def add(values):
        nonlocal total
        total += sum(v for v in values)
        return total
    return add
add = counter()
print(add([1, 2]), add(v for v in range(4)))
# expect: [0, 100, 200]
# expect: [1, 2]
# expect: ['a', 'b'] outer x
# expect: [[0, 2], [0, 2], [0, 2]]
# expect: [2, 4, 6]
# expect: 3 9
