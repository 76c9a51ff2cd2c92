# Sorting tuples
records = [("bob", 25), ("alice", 30), ("carol", 25), ("alice", 22)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(max(records), min(records, key=lambda r: r[1]))
print((1, 2, 3) < (1, 2, 4) < (1, 3))
print((1, "a") < (1, "b"))

# expect: [('alice', 22), ('alice', 30), ('bob', 25), ('carol', 25)]
# expect: [('alice', 22), ('bob', 25), ('carol', 25), ('alice', 30)]
# expect: [('alice', 30), ('bob', 25), ('carol', 25), ('alice', 22)]
# expect: ('carol', 25) ('alice', 22)
# expect: True
# expect: True
