# List operators and builtins
a = [1, 2]
print(a + [3], a * 3, [0] * 0, 2 * [None])
print(len(a), 2 in a, sum(a), max(a), min(a))
print(list("abc"), list(range(3)), list((1, 2)), list({1: 'a', 2: 'b'}))
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print(a[-1], a[-2])
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
print(list(), [] == list())

# expect: [1, 2, 3] [1, 2, 1, 2, 1, 2] [] [None, None]
# expect: 2 True 3 2 1
# expect: ['a', 'b', 'c'] [0, 1, 2] [1, 2] [1, 2]
# expect: [[1, 0], [1, 0]]
# expect: [[1, 0], [0, 0]]
# expect: 2 1
# expect: IndexError: list index out of range
# expect: IndexError: list assignment index out of range
# expect: [] True
