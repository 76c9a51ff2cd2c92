# The dunder methods of bytes and bytearray called directly
print(bytes.__len__(b'abc'), b'abc'.__getitem__(1), b'abc'.__contains__(98), bytes.__add__(b'a', b'b'))
print(b'a'.__eq__(b'a'), b'a'.__lt__(b'b'), b'a'.__eq__('a'), bytes.__repr__(b'q'), b'ab'.__mul__(2))
ba = bytearray(b'xyz')
ba.__setitem__(0, 65)
ba.__delitem__(1)
ba.__iadd__(b'!')
print(ba, bytearray.__len__(ba), list(ba.__iter__()))
try:
    bytes.__len__('not bytes')
except TypeError as e:
    print(e)
try:
    bytearray.append(b'immutable', 1)
except TypeError as e:
    print(e)

# expect: 3 98 True b'ab'
# expect: True True NotImplemented b'q' b'abab'
# expect: bytearray(b'Az!') 3 [65, 122, 33]
# expect: descriptor '__len__' requires a 'bytes' object but received a 'str'
# expect: descriptor 'append' for 'bytearray' objects doesn't apply to a 'bytes' object
