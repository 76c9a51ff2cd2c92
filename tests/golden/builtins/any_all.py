# any and all
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(any("abc"), all("abc"), all([[]]))
def check(v):
    print("check", v)
    return v
print(any(check(v) for v in [0, 2, 3]))
print(all(check(v) for v in [1, 0, 3]))

# expect: False True False True
# expect: True False
# expect: True True False
# expect: check 0
# expect: check 2
# expect: True
# expect: check 1
# expect: check 0
# expect: False
