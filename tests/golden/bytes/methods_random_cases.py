# 3000 pseudo-random inputs through split/rsplit/splitlines/partition/strip/count/replace/find:
# the digest of all results is CPython's
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
out = []
for _ in range(3000):
    s = bytes(b'a, \t'[rnd(4)] for _ in range(rnd(8)))
    sep = [None, b',', b', ', b'a'][rnd(4)]
    ms = rnd(5) - 1
    out.append((s.rsplit(sep, ms), s.split(sep, ms), s.splitlines(rnd(2) == 1), s.partition(b','), s.rpartition(b', '), s.strip(b'a'), s.count(b'a'), s.replace(b'a', b'xy', ms), s.find(b', ', rnd(4))))
import hashlib
print(hashlib.md5(repr(out).encode()).hexdigest())

# expect: 61e4845ffe4987f81f36f0a8e30c65ba
