# yield from over a class-based iterator: items pass through, and the
# value of the StopIteration its __next__ raises is the expression's value;
# send() of a value other than None calls the iterator's send().
class Ticker:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("ticker done")
        self.n -= 1
        return self.n

def relay():
    result = yield from Ticker(3)
    print("result:", result)
    plain = yield from iter([7])
    print("list iterator gives", plain)

print(list(relay()))

class Echo:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        if v == "stop":
            raise StopIteration("echo stopped")
        return "echo " + v

def over_echo():
    r = yield from Echo()
    yield "got " + r

e = over_echo()
print(next(e), e.send("a"), e.send("b"), e.send("stop"))

class NoSend:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def over_nosend():
    yield from NoSend()

n = over_nosend()
next(n)
try:
    n.send("x")
except AttributeError as err:
    print("AttributeError:", err)
# expect: result: ticker done
# expect: list iterator gives None
# expect: [2, 1, 0, 7]
# expect: next echo a echo b got echo stopped
# expect: AttributeError: 'NoSend' object has no attribute 'send'
