# partition, removeprefix/suffix, rsplit, splitlines, justification, translate/maketrans, case predicates
b = b'key=value=more'
print(b.partition(b'='), b.rpartition(b'='), b.partition(b'#'), b.rpartition(b'#'), bytearray(b'a-b').partition(b'-'))
print(b'prefix_name'.removeprefix(b'prefix_'), b'name.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'xyz'))
for s in (b'  a b  c ', b'a,b,,c', b'', b'   ', b'abc'):
    print(s.rsplit(), s.rsplit(None, 1), s.rsplit(b','), s.rsplit(b',', 1), s.split(None, 1))
print(b'a\nb\r\nc\rd\n'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b''.splitlines(), b'\n\n'.splitlines())
print(b'ab'.ljust(5), b'ab'.rjust(5, b'*'), b'ab'.center(5), b'abc'.center(6, b'-'), b'a'.center(4), b'-42'.zfill(6), b'7'.zfill(3), b'+x'.zfill(1))
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'hello'.translate(t, b'h'), len(t))
print(b'ABC'.isupper(), b'AbC'.isupper(), b'abc1'.islower(), b'123'.islower(), b''.isupper())
for f in (lambda: b'a'.partition(b''), lambda: b'a'.ljust(3, b'ab'), lambda: b'a'.translate(b'x'), lambda: bytes.maketrans(b'a', b'bc'), lambda: b'a'.partition('x')):
    try: f()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)

# expect: (b'key', b'=', b'value=more') (b'key=value', b'=', b'more') (b'key=value=more', b'', b'') (b'', b'', b'key=value=more') (bytearray(b'a'), bytearray(b'-'), bytearray(b'b'))
# expect: b'name' b'name' b'x'
# expect: [b'a', b'b', b'c'] [b'  a b', b'c'] [b'  a b  c '] [b'  a b  c '] [b'a', b'b  c ']
# expect: [b'a,b,,c'] [b'a,b,,c'] [b'a', b'b', b'', b'c'] [b'a,b,', b'c'] [b'a,b,,c']
# expect: [] [] [b''] [b''] []
# expect: [] [] [b'   '] [b'   '] []
# expect: [b'abc'] [b'abc'] [b'abc'] [b'abc'] [b'abc']
# expect: [b'a', b'b', b'c', b'd'] [b'a\n', b'b\r\n', b'c\r', b'd\n'] [] [b'', b'']
# expect: b'ab   ' b'***ab' b'  ab ' b'-abc--' b' a  ' b'-00042' b'007' b'+x'
# expect: b'xxyyzz' b'heo' b'ello' 256
# expect: True False True False False
# expect: ValueError empty separator
# expect: TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# expect: ValueError translation table must be 256 characters long
# expect: ValueError maketrans arguments must have same length
# expect: TypeError a bytes-like object is required, not 'str'
