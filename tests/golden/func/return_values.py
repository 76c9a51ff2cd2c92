# Return values: multiple, early, implicit None
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi, minmax([2]))
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
def early(items):
    for i in items:
        if i < 0:
            return i
    return None
print(sign(5), sign(-5), sign(0))
print(early([1, -2, -3]), early([1]))
def no_return():
    x = 1
print(no_return())
def bare():
    return
print(bare())

# expect: 1 5 (2, 2)
# expect: 1 -1 None
# expect: -2 None
# expect: None
# expect: None
