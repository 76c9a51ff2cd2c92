# find, rfind, index, rindex and count, with ints, bytes and bounds
b = b'abracadabra'
print(b.find(b'bra'), b.rfind(b'bra'), b.find(b'z'), b.find(97, 1), b.find(b'a', 1, 3), b.rfind(b'a', 0, 5))
print(b.index(b'cad'), b.rindex(97), b.count(b'a'), b.count(b'bra'), b.count(b''), b.count(97, 5))
print(bytearray(b).find(b'dab'), b.find(b''), b.find(b'', 20), b.count(b'a', -4))
try:
    b.index(b'zz')
except ValueError as e:
    print(e)
try:
    b.find('a')
except TypeError as e:
    print(e)

# expect: 1 8 -1 3 -1 3
# expect: 4 10 5 2 12 3
# expect: 6 0 -1 2
# expect: subsection not found
# expect: argument should be integer or bytes-like object, not 'str'
