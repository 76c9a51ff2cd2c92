# Loop variables persist after the loop
for i in range(3):
    pass
print(i)
for ch in "abc":
    last = ch
print(ch, last)
x = 100
for x in []:
    pass
print(x)
total = 0
for i in range(5):
    i *= 10
    total += i
print(total)
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4) if len(items) < 4 else None
print(items)

# expect: 2
# expect: c c
# expect: 100
# expect: 100
# expect: [1, 2, 3, 4]
