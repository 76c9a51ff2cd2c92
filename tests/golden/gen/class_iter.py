# A class's __iter__ written as a generator (the usual way to make a
# container iterable); each iteration gets a fresh generator, so nested and
# repeated loops are independent; super().__iter__() works in a subclass.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __iter__(self):
        for c in self.cards:
            yield c

    def pairs(self):
        for i, a in enumerate(self.cards):
            for b in self.cards[i + 1:]:
                yield a, b

class MarkedDeck(Deck):
    def __iter__(self):
        yield "start"
        yield from super().__iter__()
        yield "end"

d = Deck("abc")
print(list(d), list(d))
print([(x, y) for x in d for y in d if x < y])
print(list(d.pairs()), sorted(d, reverse=True), "b" in d)
print(list(MarkedDeck([1, 2])))
it = iter(d)
print(next(it), next(it), list(d), next(it))

class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_values(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_values(depth + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), max(t))
for depth, value in t.depth_values():
    print("  " * depth + str(value))
# expect: ['a', 'b', 'c'] ['a', 'b', 'c']
# expect: [('a', 'b'), ('a', 'c'), ('b', 'c')]
# expect: [('a', 'b'), ('a', 'c'), ('b', 'c')] ['c', 'b', 'a'] True
# expect: ['start', 1, 2, 'end']
# expect: a b ['a', 'b', 'c'] c
# expect: [1, 2, 4, 3] 10 4
# expect: 1
# expect:   2
# expect:     4
# expect:   3
