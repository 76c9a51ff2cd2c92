# Building lines with end=
for row in range(1, 4):
    for col in range(1, 4):
        print(row * col, end="\t" if col < 3 else "\n")
for i in range(5):
    print("*" * (i + 1))
for i in range(3):
    print(i, end=", " if i < 2 else ".\n")
print("|".join(str(x) for x in range(5)))

# expect: 1	2	3
# expect: 2	4	6
# expect: 3	6	9
# expect: *
# expect: **
# expect: ***
# expect: ****
# expect: *****
# expect: 0, 1, 2.
# expect: 0|1|2|3|4
