# Matrix operations with nested lists
def zeros(r, c):
    return [[0] * c for _ in range(r)]
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result
def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(w) for x in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(matmul(identity(2), [[5, 6], [7, 8]]))
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
half = [[x / 2 for x in row] for row in a]
print(half)
print(sum(map(sum, a)), [sum(col) for col in zip(*a)])

# expect:  58  64
# expect: 139 154
# expect: 1 4
# expect: 2 5
# expect: 3 6
# expect: 5 6
# expect: 7 8
# expect: fib(90) = 2880067194370816120
# expect: error: shape mismatch: 2x3 @ 2x3
# expect: [[0.5, 1.0, 1.5], [2.0, 2.5, 3.0]]
# expect: 21 [5, 7, 9]
