# StopIteration from next()
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(it, "default"))
it2 = iter("ab")
print(list(it2), list(it2))

# expect: 1 2
# expect: StopIteration StopIteration() ()
# expect: default
# expect: ['a', 'b'] []
