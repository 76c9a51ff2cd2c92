# print sep and end
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("x", "y", sep="\n")
print("no newline", end="")
print(" -> continued")
print("a", "b", end="!\n")
print(1, 2, sep=" | ", end=" END\n")
print("multi", end="\n\n")
print("after blank")
print(sep="-", end="")
print("only end", end="\n")

# expect: 1, 2, 3
# expect: ab
# expect: x
# expect: y
# expect: no newline -> continued
# expect: a b!
# expect: 1 | 2 END
# expect: multi
# expect:
# expect: after blank
# expect: only end
