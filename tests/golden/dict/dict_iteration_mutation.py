# Iterating while mutating raises RuntimeError
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)

# expect: RuntimeError: dictionary changed size during iteration
# expect: {2: 'b'}
