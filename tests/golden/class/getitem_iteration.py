# __getitem__ enables iteration and 'in'
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i
s = Squares(5)
print(s[3])
print(list(s))
print(4 in s, 5 in s)
for x in s:
    print(x, end=";")
print()
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        del self.cells[key]
g = Grid()
g[0, 1] = "X"
g[(2, 2)] = "O"
print(g[0, 1], g[1, 1], g[2, 2])
del g[0, 1]
print(g[0, 1])

# expect: 9
# expect: [0, 1, 4, 9, 16]
# expect: True False
# expect: 0;1;4;9;16;
# expect: X . O
# expect: .
