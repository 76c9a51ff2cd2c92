# Iterating bytes yields ints; list(), sum(), max(), enumerate and zip work on them
data = b'Hi!'
for c in data:
    print(c, chr(c))
print(list(data), sum(data), max(data), min(bytearray(b'zyx')))
print(list(enumerate(b'ab')), list(zip(b'ab', b'cd')))
print([hex(c) for c in b'\x00\x10\xff'], sorted(b'cab'), tuple(reversed(b'abc')))
it = iter(b'xy')
print(next(it), next(it), next(it, 'end'))

# expect: 72 H
# expect: 105 i
# expect: 33 !
# expect: [72, 105, 33] 210 105 120
# expect: [(0, 97), (1, 98)] [(97, 99), (98, 100)]
# expect: ['0x0', '0x10', '0xff'] [97, 98, 99] (99, 98, 97)
# expect: 120 121 end
