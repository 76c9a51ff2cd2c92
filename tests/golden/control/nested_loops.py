# Nested loops with break/continue affecting only inner loop
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            found = (a, b, c)
            break
    if found:
        break
print(found)
for row in range(1, 4):
    print(" ".join(str(row * col) for col in range(1, 4)))

# expect: 0 0
# expect: 1 1
# expect: 2 0
# expect: 2 2
# expect: 3 1
# expect: 3 3
# expect: (3, 4, 5)
# expect: 1 2 3
# expect: 2 4 6
# expect: 3 6 9
