# min / max with key and default
print(max(3, 1, 4), min(3, 1, 4), max([2, 7]), min("bca"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None))
print(max([1, 3, 3], key=lambda x: -x), max([(1, "b"), (1, "a")]))
print(max([2, 2.0]), max([2.0, 2]))
print(max({1: "x", 5: "y"}), min(range(3, 8)))
try:
    max([])
except ValueError as e:
    # message wording changed in 3.12, so print only the type
    print(type(e).__name__)
try:
    min(5)
except TypeError as e:
    print("TypeError:", e)

# expect: 4 1 7 a
# expect: banana fig
# expect: empty None
# expect: 1 (1, 'b')
# expect: 2 2.0
# expect: 5 3
# expect: ValueError
# expect: TypeError: 'int' object is not iterable
