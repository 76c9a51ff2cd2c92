# str(b, encoding) decodes; str(b) is the repr
b = 'Ünïcode'.encode()
print(str(b, 'utf-8'), str(b, encoding='utf-8'), str(b'x'), str(b'caf\xe9', 'latin-1'), str(b'\xff', 'utf-8', 'replace'))
for f in (lambda: str('text', 'utf-8'), lambda: str(5, 'utf-8'), lambda: str(b'\xff', 'ascii')):
    try:
        f()
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)

# expect: Ünïcode Ünïcode b'x' café �
# expect: TypeError decoding str is not supported
# expect: TypeError decoding to str: need a bytes-like object, int found
# expect: UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
