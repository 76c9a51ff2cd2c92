# str.encode: utf-8 by default, ascii and latin-1 with CPython's errors
s = 'naïve €5'
print(s.encode(), s.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'))
print(s.encode('ascii', 'replace'), s.encode('ascii', errors='ignore'), s.encode('latin-1', 'replace'))
for text, enc in (('é', 'ascii'), ('aéè', 'ascii'), ('a€', 'latin-1'), ('x😀y', 'ascii'), ('Ā', 'latin-1')):
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print(e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
print('round trip', 'Grüße'.encode().decode() == 'Grüße', len('Grüße'.encode()))

# expect: b'na\xc3\xafve \xe2\x82\xac5' b'na\xc3\xafve \xe2\x82\xac5' b'abc' b'\xe9'
# expect: b'na?ve ?5' b'nave 5' b'na\xefve ?5'
# expect: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: 0 1 ordinal not in range(128) True True
# expect: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
# expect: 1 3 ordinal not in range(128) True True
# expect: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
# expect: 1 2 ordinal not in range(256) True True
# expect: 'ascii' codec can't encode character '\U0001f600' in position 1: ordinal not in range(128)
# expect: 1 2 ordinal not in range(128) True True
# expect: 'latin-1' codec can't encode character '\u0100' in position 0: ordinal not in range(256)
# expect: 0 1 ordinal not in range(256) True True
# expect: round trip True 7
