# Recursive solvers: n-queens and towers of Hanoi
def solve_queens(n):
    solutions = []
    cols = []
    def safe(row, col):
        for r, c in enumerate(cols):
            if c == col or abs(c - col) == row - r:
                return False
        return True
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
sols = solve_queens(6)
print(len(sols), "solutions for 6 queens")
for s in sols:
    print(s)
first = sols[0]
for r in range(6):
    print("".join("Q" if first[r] == c else "." for c in range(6)))
print([len(solve_queens(n)) for n in range(1, 8)])
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
for disk, s, d in moves:
    print(f"move disk {disk} {s} -> {d}")
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), moves[-1])

# expect: 4 solutions for 6 queens
# expect: [1, 3, 5, 0, 2, 4]
# expect: [2, 5, 1, 4, 0, 3]
# expect: [3, 0, 4, 1, 5, 2]
# expect: [4, 2, 0, 5, 3, 1]
# expect: .Q....
# expect: ...Q..
# expect: .....Q
# expect: Q.....
# expect: ..Q...
# expect: ....Q.
# expect: [1, 0, 0, 2, 10, 4, 40]
# expect: move disk 1 A -> C
# expect: move disk 2 A -> B
# expect: move disk 1 C -> B
# expect: move disk 3 A -> C
# expect: move disk 1 B -> A
# expect: move disk 2 B -> C
# expect: move disk 1 A -> C
# expect: 1023 (1, 'B', 'C')
