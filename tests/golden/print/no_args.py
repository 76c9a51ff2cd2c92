# print() with no arguments prints an empty line
print()
print("between")
print()
print()
print("end")

# expect:
# expect: between
# expect:
# expect:
# expect: end
