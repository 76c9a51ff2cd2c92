# Constructors: bool int float str list tuple set dict frozenset
print(bool(0), bool("0"), bool([]), bool(None), bool(0.0), bool(-1))
print(int("10"), int(2.9), float("2.5"), float(3), str(3.0), str([1, "a"]))
print(list("ab"), tuple([1]), set([1, 1]), frozenset([2]), dict([(1, 2)]))
print(list(range(3)), tuple(range(3)), list({1: 2}))
print(str(), list(), tuple(), dict(), set(), bool(), int(), float())
print(list((x for x in range(2))), tuple(x * 2 for x in [1, 2]))

# expect: False True False False False True
# expect: 10 2 2.5 3.0 3.0 [1, 'a']
# expect: ['a', 'b'] (1,) {1} frozenset({2}) {1: 2}
# expect: [0, 1, 2] (0, 1, 2) [1]
# expect:  [] () {} set() False 0 0.0
# expect: [0, 1] (2, 4)
