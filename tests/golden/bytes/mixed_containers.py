# bytes as values in containers and in the usual built-ins
records = [(b'beta', 2), (b'alpha', 1), (b'gamma', 3)]
records.sort()
print(records)
index = {name: n for name, n in records}
print(index[b'gamma'], list(index))
print(len(b'abc'), bool(b''), bool(b'\x00'), bool(bytearray()), any([b'', b'x']))
print(list(map(len, [b'', b'ab', bytearray(3)])), [b for b in (b'a', b'', b'c') if b])
print(b'%s' if False else b'no format', str(bytearray(b'hi')))
print(b'x'.__class__.__name__, bytearray.__name__, type(b'x').__name__)

# expect: [(b'alpha', 1), (b'beta', 2), (b'gamma', 3)]
# expect: 3 [b'alpha', b'beta', b'gamma']
# expect: 3 False True False True
# expect: [0, 2, 3] [b'a', b'c']
# expect: b'no format' bytearray(b'hi')
# expect: bytes bytearray bytes
