# len of various containers
print(len("abc"), len("日本"), len([1, [2, 3]]), len((1,)), len({1: 2, 3: 4}))
print(len(set()), len(range(0, 100, 7)), len(frozenset("aab")), len(""))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
try:
    len(10)
except TypeError as e:
    print("TypeError:", e)

# expect: 3 2 2 1 2
# expect: 0 15 2 0
# expect: 42
# expect: TypeError: object of type 'int' has no len()
