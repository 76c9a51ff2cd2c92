# flush=True is accepted and output order is preserved
print("first", flush=True)
print("second", end=" ", flush=True)
print("third", flush=False)
for i in range(3):
    print(i, end="", flush=True)
print()

# expect: first
# expect: second third
# expect: 012
