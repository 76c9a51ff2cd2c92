# collections.abc.Generator: generators are instances; a class with send,
# throw, close, __iter__ and __next__ counts as one; subclassing it gives
# __next__ (send(None)) and close() (throw GeneratorExit) as mixins.
from collections.abc import Generator, Iterator, Iterable

def gen():
    yield 1

g = gen()
print(isinstance(g, Generator), isinstance(g, Iterator), isinstance(g, Iterable))
print(isinstance(iter([]), Generator), issubclass(type(g), Generator))

class Countdown(Generator):
    def __init__(self, n):
        self.n = n
    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def throw(self, typ, val=None, tb=None):
        print("throw got", typ.__name__)
        raise typ

c = Countdown(3)
print(next(c), list(c))
c2 = Countdown(2)
c2.close()
print(isinstance(c2, Generator))
try:
    Generator()
except TypeError as e:
    print("TypeError:", e)

class Duck:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return v
    def throw(self, *a): pass
    def close(self): pass

print(isinstance(Duck(), Generator), issubclass(Duck, Generator))
# expect: True True True
# expect: False True
# expect: 3 [2, 1]
# expect: throw got GeneratorExit
# expect: True
# expect: TypeError: Can't instantiate abstract class Generator with abstract methods send, throw
# expect: True True
