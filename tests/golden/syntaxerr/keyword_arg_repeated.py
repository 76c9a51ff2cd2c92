# Repeated keyword argument
def f(**k):
    return k
print("never printed")
f(a=1, a=2)

# expect stderr:            ^^^
# expect stderr: SyntaxError: keyword argument repeated: a
# note: CPython exits 1 for a SyntaxError in a script; gilsim exits 2 by design (messages were checked against CPython 3.11-3.13)
# python3: skip
# exit: 2
