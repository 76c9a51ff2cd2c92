# Buffered output written with end='' is still flushed before a crash
for i in range(3):
    print(i, end=",")
print()
print("partial", end="")
print("-line")
raise ValueError("final")

# expect: 0,1,2,
# expect: partial-line
# expect stderr: Traceback (most recent call last):
# expect stderr: ValueError: final
# exit: 1
