# Sets of small ints
s = {3, 1, 2, 3, 1}
print(s, len(s))
s.add(5); s.add(1)
print(s)
s.remove(3)
s.discard(100)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([1, 2, 2]), set(range(4)))
print(2 in s, 3 in s)
print(sorted({"banana", "apple", "cherry"}))
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)

# expect: {1, 2, 3} 3
# expect: {1, 2, 3, 5}
# expect: {1, 2, 5}
# expect: KeyError: 100
# expect: set() {1, 2} {0, 1, 2, 3}
# expect: True False
# expect: ['apple', 'banana', 'cherry']
# expect: 7 set()
# expect: KeyError: 'pop from an empty set'
