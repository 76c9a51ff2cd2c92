# A local assignment makes a name local to the whole function
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__)
    x = 5
    return x
print(f())
def g():
    return x
print(g())
def h():
    y = [i for i in range(3)]
    return y
print(h())

# expect: UnboundLocalError
# expect: 5
# expect: 10
# expect: [0, 1, 2]
