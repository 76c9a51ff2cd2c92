# Codecs other than utf-8, ascii and latin-1 are refused by name (CPython has them)
for enc in ('utf-16', 'cp1252'):
    try:
        'x'.encode(enc)
    except NotImplementedError as e:
        print(e)
# python3: skip
# expect: the 'utf-16' codec is not supported by gilsim (it has utf-8, ascii and latin-1)
# expect: the 'cp1252' codec is not supported by gilsim (it has utf-8, ascii and latin-1)
