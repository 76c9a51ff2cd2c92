# Tuples as dict keys and in sets
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], grid[1, 0], len(grid))
print(sorted(grid.keys())[:3])
seen = {(0, 0), (1, 1), (0, 0)}
print(len(seen), (1, 1) in seen)
try:
    {([1], 2): 3}
except TypeError as e:
    print("TypeError:", e)

# expect: 21 10 6
# expect: [(0, 0), (0, 1), (1, 0)]
# expect: 2 True
# expect: TypeError: unhashable type: 'list'
