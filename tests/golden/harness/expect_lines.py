# The harness itself: an empty expected line, leading spaces, non-ASCII
# output. A comment after code is not an expectation:
print("first")  # expect: this is not an expectation
print()
print("  two leading spaces")
print("caf\u00e9 \u2713")
for i in range(3):
    print(i * i)

# expect: first
# expect:
# expect:   two leading spaces
# expect: café ✓
# expect: 0
# expect: 1
# expect: 4
