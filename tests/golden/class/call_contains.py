# __call__ and __contains__
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, extra=0):
        return x * self.k + extra
triple = Multiplier(3)
print(triple(4), triple(4, extra=1), callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2])))
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)

# expect: 12 13 True True
# expect: [3, 6]
# expect: True False True
