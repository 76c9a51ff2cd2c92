# Expressions inside f-strings
items = [3, 1, 2]
print(f"sorted: {sorted(items)}, sum: {sum(items)}")
print(f"{'yes' if items else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda v: v + 1)(5)}")
print(f"{len(items):03d}")
k = "key"
print(f"{k!r:^9}|")
print(f"{'a' 'b'}")
print(f"{3 * 4 = }")
print(f"{'-' * 10}")
print(f"{10 / 4:.1f}")

# expect: sorted: [1, 2, 3], sum: 6
# expect: yes
# expect: [6, 2, 4]
# expect: 1
# expect: 6
# expect: 003
# expect:   'key'  |
# expect: ab
# expect: 3 * 4 = 12
# expect: ----------
# expect: 2.5
