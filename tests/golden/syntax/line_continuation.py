# Explicit and implicit line continuation
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,   # a comment inside brackets
    3,
]
print(values)
d = {
    'a': 1,
    'b': 2
}
print(d)
result = (10
          * 2
          - 5)
print(result)
if (total > 5 and
        result > 10):
    print("both")

# expect: 6
# expect: [1, 2, 3]
# expect: {'a': 1, 'b': 2}
# expect: 15
# expect: both
