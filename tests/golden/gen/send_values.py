# A yield is an expression: send(v) resumes the generator with v as its
# value; next() sends None. A running average as a coroutine.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count

avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print("sent", v, "average", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("count", e.value)

def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received

e = echo()
print(e.send(None), e.send("a"), next(e), e.send([1]))
# expect: None
# expect: sent 10 average 10.0
# expect: sent 20 average 15.0
# expect: sent 60 average 30.0
# expect: count 3
# expect: 0 1 2 ['a', None, [1]]
