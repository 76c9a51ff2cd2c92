# Tuple and list unpacking in a hot loop (UNPACK_SEQUENCE and its stores).
def swap_tuples(n):
    a, b, c, d, e = 1, 2, 3, 4, 5
    for _ in range(n):
        a, b, c, d, e = b, c, d, e, a
        e, d, c, b, a = a, b, c, d, e
        a, b, c, d, e = b, c, d, e, a
        e, d, c, b, a = a, b, c, d, e
    return a, b, c, d, e


def unpack_lists(n):
    rows = [[i, i + 1, i + 2] for i in range(100)]
    total = 0
    for _ in range(n):
        for x, y, z in rows:
            total += x - y + z
    return total


print(swap_tuples(2500000))
print(unpack_lists(40000))
