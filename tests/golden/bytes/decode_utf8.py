# UTF-8 decoding, and the errors of malformed input as CPython words them
print(b'caf\xc3\xa9'.decode(), b'\xe2\x82\xac'.decode('utf-8'), b'\xf0\x9f\x98\x80'.decode('utf8'), len(b'\xf0\x9f\x98\x80'.decode()))
bad = [b'\xff', b'a\x80b', b'\xc3', b'\xe2\x82', b'\xe2\x28\xa1', b'\xe2\x82\x28', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf8\x88\x80\x80\x80', b'\xf4\x90\x80\x80', b'ok\xf0\x9f\x98']
for b in bad:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(repr(b), '->', e)

# expect: café € 😀 1
# expect: b'\xff' -> 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: b'a\x80b' -> 'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte
# expect: b'\xc3' -> 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data
# expect: b'\xe2\x82' -> 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# expect: b'\xe2(\xa1' -> 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
# expect: b'\xe2\x82(' -> 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
# expect: b'\xed\xa0\x80' -> 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: b'\xc0\xaf' -> 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
# expect: b'\xf8\x88\x80\x80\x80' -> 'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte
# expect: b'\xf4\x90\x80\x80' -> 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
# expect: b'ok\xf0\x9f\x98' -> 'utf-8' codec can't decode bytes in position 2-4: unexpected end of data
