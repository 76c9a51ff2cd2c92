# bytearray is mutable: item and slice assignment, deletion, append/extend/insert/pop/remove
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
ba.extend([32, 50])
ba.insert(0, 62)
ba.insert(-1, 45)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba[1:3] = b'EEE'
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[::3]
print(ba)
c = ba.copy()
c.reverse()
ba.clear()
print(ba, c)

# expect: bytearray(b'>Hello! ok -2') 13
# expect: 50 62 bytearray(b'Hello! ok -')
# expect: bytearray(b'Hell! ok -')
# expect: bytearray(b'ell! ok')
# expect: bytearray(b'eEEE! ok')
# expect: bytearray(b'\x00E\x00E\x00 \x00k')
# expect: bytearray(b'E\x00\x00 k')
# expect: bytearray(b'') bytearray(b'k \x00\x00E')
