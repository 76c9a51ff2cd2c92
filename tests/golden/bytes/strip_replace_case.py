# strip family, replace, upper/lower and the ASCII predicates
print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxhixx'.strip(b'x'), b'\t\n z \r'.strip())
print(b'aaa'.replace(b'a', b'bc'), b'aaa'.replace(b'a', b'', 2), b'ab'.replace(b'', b'.'), b'hello'.replace(b'l', b'L', 1))
print(b'MiXeD 123'.upper(), b'MiXeD 123'.lower(), bytearray(b'q').upper(), b'\xe9'.upper())
print(b'abc'.isalpha(), b'ab1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b''.isalpha(), b'a b'.isalpha())

# expect: b'pad' b'pad  ' b'  pad' b'hi' b'z'
# expect: b'bcbcbc' b'a' b'.a.b.' b'heLlo'
# expect: b'MIXED 123' b'mixed 123' bytearray(b'Q') b'\xe9'
# expect: True True True True False False
