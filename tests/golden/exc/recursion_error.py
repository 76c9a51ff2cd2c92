# Runaway recursion raises RecursionError
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__)
print(issubclass(RecursionError, RuntimeError))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(800))

# expect: RecursionError
# expect: True
# expect: 800
