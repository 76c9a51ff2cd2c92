# Uncaught StopIteration from next()
it = iter([1])
print(next(it))
next(it)

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: StopIteration
# exit: 1
