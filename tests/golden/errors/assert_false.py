# Uncaught AssertionError with a message
def check(n):
    assert n > 0, "why"
check(1)
print("first check ok")
assert False, 'why'

# expect: first check ok
# expect stderr: Traceback (most recent call last):
# expect stderr: AssertionError: why
# exit: 1
