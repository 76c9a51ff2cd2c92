# and/or return operands and short-circuit
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "x" or "default")
print(None or [] or {} or "last")
print(1 and 2 and 3, 1 and 0 and 3)
def t(v):
    print("t", v)
    return v
r = t(0) and t(1)
print(r)
r = t(1) or t(2)
print(r)
r = t(0) or t(0) or t(7)
print(r)
print(not 1, not 0, not not "x")
print([] or [1], [] and [1])

# expect: 5 3 0 5
# expect: default x
# expect: last
# expect: 3 0
# expect: t 0
# expect: 0
# expect: t 1
# expect: 1
# expect: t 0
# expect: t 0
# expect: t 7
# expect: 7
# expect: False True True
# expect: [1] []
