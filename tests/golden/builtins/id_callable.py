# id() identity properties (never print the value) and callable()
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(callable(print), callable(len), callable(lambda: 0), callable(int), callable("s"))
class K:
    def __call__(self):
        return 1
print(callable(K), callable(K()), callable(object()))

# expect: True False True
# expect: True True True True False
# expect: True True False
