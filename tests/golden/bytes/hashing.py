# bytes are hashable (set members, dict keys); bytearray is not
seen = {b'a', b'b', b'a', bytes([97])}
print(sorted(seen), len(seen))
d = {b'key': 1, b'other': 2}
d[b'key'] += 10
print(d[b'key'], b'other' in d, bytes(bytearray(b'key')) in d)
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == hash(bytes()))
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(e)
try:
    {bytearray(b'x'): 1}
except TypeError as e:
    print(e)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray), type(b'') is bytes)

# expect: [b'a', b'b'] 2
# expect: 11 True True
# expect: True True
# expect: unhashable type: 'bytearray'
# expect: unhashable type: 'bytearray'
# expect: True False True True
