# python3: skip — CPython 3.11 crashes (SIGSEGV) hashing a tuple a million
# deep: it does not limit that recursion. gilsim stops at its C stack guard.
a = ()
for i in range(1000000):
    a = (a,)
try:
    print(hash(a))
except RecursionError as e:
    print("RecursionError:", e)
d = {}
try:
    d[a] = 1
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(a in {1, 2})
except RecursionError as e:
    print("RecursionError:", e)
print(len(d), "and still running")

# expect: RecursionError: maximum recursion depth exceeded while getting the hash of an object
# expect: RecursionError: maximum recursion depth exceeded while getting the hash of an object
# expect: RecursionError: maximum recursion depth exceeded while getting the hash of an object
# expect: 0 and still running
