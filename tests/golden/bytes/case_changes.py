# title, capitalize, swapcase and isascii on bytes: ASCII letters only change
for b in (b'hello world', b"they're bill's 2nd", b'MiXeD-case_x', b'', b'a', b'\xe9abc', b'1st place'):
    print(b.title(), b.capitalize(), b.swapcase(), b.isascii(), bytearray(b).title())
print(b'\x80'.isascii(), bytearray(b'ok').isascii())

# expect: b'Hello World' b'Hello world' b'HELLO WORLD' True bytearray(b'Hello World')
# expect: b"They'Re Bill'S 2Nd" b"They're bill's 2nd" b"THEY'RE BILL'S 2ND" True bytearray(b"They\'Re Bill\'S 2Nd")
# expect: b'Mixed-Case_X' b'Mixed-case_x' b'mIxEd-CASE_X' True bytearray(b'Mixed-Case_X')
# expect: b'' b'' b'' True bytearray(b'')
# expect: b'A' b'A' b'A' True bytearray(b'A')
# expect: b'\xe9Abc' b'\xe9abc' b'\xe9ABC' False bytearray(b'\xe9Abc')
# expect: b'1St Place' b'1st place' b'1ST PLACE' True bytearray(b'1St Place')
# expect: False True
