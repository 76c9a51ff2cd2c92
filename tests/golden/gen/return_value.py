# `return value` in a generator ends it with StopIteration(value); a for
# loop or list() ignores the value; a bare return or falling off the end
# gives a StopIteration without arguments.
def with_result():
    yield "a"
    return {"total": 1}

def bare():
    yield 1
    return

g = with_result()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
print(list(with_result()))
b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print("bare:", e.value, e.args)

def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value:", e.value, e.args)
print(next(iter(with_result()), "default"))
print(next(bare(), None), next(returns_tuple(), "empty"))
# expect: a
# expect: value: {'total': 1} args: ({'total': 1},)
# expect: ['a']
# expect: bare: None ()
# expect: tuple value: (1, 2) ((1, 2),)
# expect: a
# expect: 1 empty
