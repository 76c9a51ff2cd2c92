# `in` takes an int or a bytes-like subsequence
b = b'hello world'
print(104 in b, 122 in b, b'wor' in b, b'' in b, bytearray(b'lo') in b, b'xyz' in b)
print(111 in bytearray(b'foo'), b'oo' in bytearray(b'foo'))
for bad in ('h', 256, -1, 1.5):
    try:
        bad in b
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# expect: True False True True True False
# expect: True True
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError byte must be in range(0, 256)
# expect: ValueError byte must be in range(0, 256)
# expect: TypeError a bytes-like object is required, not 'float'
