# __iadd__ vs __add__ fallback
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ called")
        return Num(self.v + o)
b = Bag()
alias = b
b += 1
b += 2
print(b.items, alias is b)
n = Num(1)
m = n
n += 5
print(n.v, m.v, n is m)

# expect: [1, 2] True
# expect: __add__ called
# expect: 6 1 False
