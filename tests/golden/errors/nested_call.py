# Exception raised several calls deep; last traceback line names it
def c(x):
    return {"a": 1}[x]
def b(x):
    return c(x) + 1
def a(x):
    return b(x) * 2
print(a("a"))
print(a("zz"))

# expect: 4
# expect stderr: Traceback (most recent call last):
# expect stderr: KeyError: 'zz'
# exit: 1
