# nonlocal for counters and accumulators
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, items
    return add
acc = accumulator()
acc(5)
print(acc(10))
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 10
        inner()
        inner()
    middle()
    return x
print(outer())

# expect: 1 2 3 1
# expect: (15, [5, 10])
# expect: 100
