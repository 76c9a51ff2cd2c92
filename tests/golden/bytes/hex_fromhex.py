# hex() with separators, and fromhex back
b = bytes([0xde, 0xad, 0xbe, 0xef, 0x01])
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -2), b.hex(b'|', 3), bytearray(b'\x0f').hex())
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), bytearray.fromhex('00 ff'), bytes.fromhex(''))
print(bytes.fromhex(b.hex()) == b)
for s in ('zz', 'abc', '0 1'):
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(e)

# expect: deadbeef01 de:ad:be:ef:01 de-adbe-ef01 dead beef 01 dead|beef01 0f
# expect: b'\xde\xad\xbe\xef' b'\xde\xad\xbe\xef' bytearray(b'\x00\xff') b''
# expect: True
# expect: non-hexadecimal number found in fromhex() arg at position 0
# expect: non-hexadecimal number found in fromhex() arg at position 3
# expect: non-hexadecimal number found in fromhex() arg at position 1
