# split on whitespace or a separator, and join
line = b'  alpha beta\tgamma\n'
print(line.split(), line.split(None, 1), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b''.split(), b''.split(b','))
print(b', '.join([b'x', b'y', bytearray(b'z')]), b''.join([]), bytearray(b'-').join([b'1', b'2']))
print(b'k=v'.split(b'='), bytearray(b'1 2').split())
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print(e)
try:
    b'x'.split(b'')
except ValueError as e:
    print(e)

# expect: [b'alpha', b'beta', b'gamma'] [b'alpha', b'beta\tgamma\n'] [b'a', b'b', b'', b'c'] [b'a', b'b,c'] [] [b'']
# expect: b'x, y, z' b'' bytearray(b'1-2')
# expect: [b'k', b'v'] [bytearray(b'1'), bytearray(b'2')]
# expect: sequence item 1: expected a bytes-like object, str found
# expect: empty separator
