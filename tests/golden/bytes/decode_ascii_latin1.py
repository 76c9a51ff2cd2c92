# ASCII refuses bytes >= 128; latin-1 maps every byte to the code point of the same value
print(b'plain'.decode('ascii'), b'\xe9t\xe9'.decode('latin-1'), b'\xe9t\xe9'.decode('iso-8859-1'), b'\xff'.decode('Latin1'))
print(bytes(range(160, 170)).decode('latin-1'))
for enc in ('ascii', 'US-ASCII'):
    try:
        b'ab\xc3\xa9'.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
        print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    b''.decode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)

# expect: plain été été ÿ
# expect:  ¡¢£¤¥¦§¨©
# expect: 'ascii' codec can't decode byte 0xc3 in position 2: ordinal not in range(128)
# expect: ascii 2 3 ordinal not in range(128) b'ab\xc3\xa9'
# expect: 'ascii' codec can't decode byte 0xc3 in position 2: ordinal not in range(128)
# expect: ascii 2 3 ordinal not in range(128) b'ab\xc3\xa9'
