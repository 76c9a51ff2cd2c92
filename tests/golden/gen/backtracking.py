# Backtracking with generators: combinations by recursion, and an n-queens
# solver whose search is one generator per row.
def combinations(items, k):
    if k > len(items):
        return
    if k == 0:
        yield []
        return
    head, rest = items[0], items[1:]
    for c in combinations(rest, k - 1):
        yield [head] + c
    yield from combinations(rest, k)

seq = [1, 2, 3, 4]
for k in range(len(seq) + 2):
    print(f"{k}-combinations:", list(combinations(seq, k)))

def queens(n):
    cols = []
    def place(row):
        if row == n:
            yield list(cols)
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c)
                yield from place(row + 1)
                cols.pop()
    return place(0)

solutions = queens(8)
first = next(solutions)
for c in first:
    print("|" + "|".join("Q" if i == c else " " for i in range(8)) + "|")
print(1 + sum(1 for _ in solutions), "solutions in all")
print([len(list(queens(n))) for n in range(1, 7)])

def products(choices):
    # every combination of one item from each list, in order
    if not choices:
        yield ()
        return
    for x in choices[0]:
        for rest in products(choices[1:]):
            yield (x,) + rest

print(list(products([(0, 1)] * 3)))
print(sum(1 for _ in products([range(3)] * 4)))
# expect: 0-combinations: [[]]
# expect: 1-combinations: [[1], [2], [3], [4]]
# expect: 2-combinations: [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]
# expect: 3-combinations: [[1, 2, 3], [1, 2, 4], [1, 3, 4], [2, 3, 4]]
# expect: 4-combinations: [[1, 2, 3, 4]]
# expect: 5-combinations: []
# expect: |Q| | | | | | | |
# expect: | | | | |Q| | | |
# expect: | | | | | | | |Q|
# expect: | | | | | |Q| | |
# expect: | | |Q| | | | | |
# expect: | | | | | | |Q| |
# expect: | |Q| | | | | | |
# expect: | | | |Q| | | | |
# expect: 92 solutions in all
# expect: [1, 0, 0, 2, 10, 4]
# expect: [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
# expect: 81
