# All solutions of the n-queens problem by backtracking over sets of
# attacked columns and diagonals (recursion, set operations).
def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    board = []

    def place(row):
        if row == n:
            solutions.append(tuple(board))
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            board.append(c)
            place(row + 1)
            board.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    place(0)
    return solutions


for _ in range(3):
    sols = solve(10)
print(len(sols), sols[0], sols[-1])
