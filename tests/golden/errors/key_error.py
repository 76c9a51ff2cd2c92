# Uncaught KeyError
d = {"a": 1}
print(d["a"])
print(d["k"])

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: KeyError: 'k'
# exit: 1
