# sep=None and end=None mean the defaults
print("a", "b", sep=None)
print("c", end=None)
print("d", "e", sep=None, end=None)
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], sep="x")
print("done")

# expect: a b
# expect: c
# expect: d e
# expect: 1 2 3
# expect: a-b-c
# expect:
# expect: done
