# Closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
def outer():
    x = "before"
    def inner():
        return x
    x = "after"
    return inner
print(outer()())
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in multipliers()])

# expect: 6 11
# expect: after
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: [10, 20, 30]
