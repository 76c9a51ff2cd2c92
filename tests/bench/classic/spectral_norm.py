# Spectral norm of an infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1),
# by power iteration on A^T A (function calls and float division).
def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [_row(i, v, n) for i in range(n)]


def _row(i, v, n):
    s = 0.0
    for j in range(n):
        s += a(i, j) * v[j]
    return s


def times_transposed(v):
    n = len(v)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out.append(s)
    return out


def at_times(v):
    return times_transposed(times(v))


n = 400
u = [1.0] * n
for _ in range(10):
    v = at_times(u)
    u = at_times(v)
vbv = vv = 0.0
for ue, ve in zip(u, v):
    vbv += ue * ve
    vv += ve * ve
print('%.9f' % (vbv / vv) ** 0.5)
