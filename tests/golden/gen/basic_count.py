# A generator function runs only when asked for a value: each next() runs it
# to its next yield; list() and for loops drain it; a finished generator
# stays finished.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("end")

g = countdown(3)
print("made")
print(next(g))
print(next(g))
print(list(g))
print(list(g))
for v in countdown(2):
    print("loop", v)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
# expect: made
# expect: start 3
# expect: 3
# expect: 2
# expect: end
# expect: [1]
# expect: []
# expect: start 2
# expect: loop 2
# expect: loop 1
# expect: end
# expect: StopIteration () None
