# repr of bytes picks its quote as CPython does and escapes the rest
samples = [b"it's", b'say "hi"', b'both \' and "', b'', b'\x7f\x80\xff', bytes(range(0, 32, 5))]
for s in samples:
    print(repr(s), len(repr(s)))
print(repr(bytearray(b"it's")), repr(bytearray()))
print(str(b'abc'), f'{b"x"}', '%s|%r' % (b'a', b'b'), format(b'q'))
print([b'a', bytearray(b'b')], (b'c',), {b'k': b'v'})

# expect: b"it's" 7
# expect: b'say "hi"' 11
# expect: b'both \' and "' 16
# expect: b'' 3
# expect: b'\x7f\x80\xff' 15
# expect: b'\x00\x05\n\x0f\x14\x19\x1e' 29
# expect: bytearray(b"it\'s") bytearray(b'')
# expect: b'abc' b'x' b'a'|b'b' b'q'
# expect: [b'a', bytearray(b'b')] (b'c',) {b'k': b'v'}
