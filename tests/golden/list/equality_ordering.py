# Equality and lexicographic ordering
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] == (1, 2))
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [0])
print([[1, 2], [1]] < [[1, 2], [2]])
print(sorted([[3, 1], [1, 2], [1, 1], [2]]))
print(max([[1, 2], [1, 3]]), min([[0, 5], [0, 4, 1]]))
print([1, 2] != [1, 2], [float('nan')] == [float('nan')])
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)

# expect: True False False
# expect: True True True
# expect: True
# expect: [[1, 1], [1, 2], [2], [3, 1]]
# expect: [1, 3] [0, 4, 1]
# expect: False False
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
