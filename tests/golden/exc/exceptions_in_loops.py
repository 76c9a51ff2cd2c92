# Exceptions handled inside loops; continue/break from except
data = ["1", "x", "3", "", "5"]
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError:
        bad.append(s)
        continue
    print("added", s)
print(total, bad)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("stopping at", i)
        break

# expect: added 1
# expect: added 3
# expect: added 5
# expect: 9 ['x', '']
# expect: stopping at 3
