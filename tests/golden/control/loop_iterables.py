# Looping over various iterables
for ch in "hey":
    print(ch, end=",")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=";")
print()
for i, v in enumerate(["x", "y"], 1):
    print(i, v)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
for t in (1, 2):
    print(t)
for x in range(10, 0, -4):
    print(x)
for k, v in sorted({"z": 1, "y": 2}.items()):
    print(k, v)
for n in {3, 1, 2}:
    print(n, end=";")
print()
for i in reversed([1, 2, 3]):
    print(i, end="")
print()

# expect: h,e,y,
# expect: b;a;
# expect: 1 x
# expect: 2 y
# expect: 1 a
# expect: 2 b
# expect: 1
# expect: 2
# expect: 10
# expect: 6
# expect: 2
# expect: y 2
# expect: z 1
# expect: 1;2;3;
# expect: 321
