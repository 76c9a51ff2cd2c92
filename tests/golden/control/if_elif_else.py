# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 42]:
    print(n, classify(n))
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if []:
    print("never")
elif {}:
    print("never either")
else:
    print("fallthrough")
print("even" if x % 2 == 0 else "odd")

# expect: -5 negative
# expect: 0 zero
# expect: 3 small
# expect: 42 large
# expect: big odd
# expect: fallthrough
# expect: odd
