# bytes %-formatting: %s/%b take bytes, %r/%a give ascii(), %c a byte, numbers as str's; its errors
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: b'%d items' % 3)
t(lambda: b'%s and %s' % (b'x', bytearray(b'y')))
t(lambda: b'%5d|%-5d|%05.1f|%x|%X|%o|%e' % (42, 7, 3.14159, 255, 255, 8, 12345.678))
t(lambda: b'%r %a' % ('caf\u00e9', b'q'))
t(lambda: b'%c%c%c' % (65, b'B', 0xe9))
t(lambda: b'%(name)s is %(age)d' % {b'name': b'Bob', b'age': 30})
t(lambda: b'100%%' % ())
t(lambda: b'%*d|%.*f' % (5, 1, 2, 3.14159))
t(lambda: bytearray(b'%s!') % b'hi')
t(lambda: b'\xff%s' % b'\xfe')
t(lambda: b'%s' % 'text')
t(lambda: b'%s' % 5)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%d' % ())
t(lambda: b'%d' % (1, 2))
t(lambda: b'abc' % 5)
t(lambda: b'abc' % {b'a': 1})
t(lambda: b'%d' % 'x')
t(lambda: b'%(x)s' % {})
t(lambda: b'%s' % (b'a',))
t(lambda: b'%b' % b'z')
t(lambda: b'%i %u' % (3, 4))
t(lambda: b'%z' % 1)

# expect: b'3 items'
# expect: b'x and y'
# expect: b'   42|7    |003.1|ff|FF|10|1.234568e+04'
# expect: b"'caf\\xe9' b'q'"
# expect: b'AB\xe9'
# expect: b'Bob is 30'
# expect: b'100%'
# expect: b'    1|3.14'
# expect: bytearray(b'hi!')
# expect: b'\xff\xfe'
# expect: TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# expect: OverflowError %c arg not in range(256)
# expect: TypeError %c requires an integer in range(256) or a single byte
# expect: TypeError not enough arguments for format string
# expect: TypeError not all arguments converted during bytes formatting
# expect: TypeError not all arguments converted during bytes formatting
# expect: b'abc'
# expect: TypeError %d format: a real number is required, not str
# expect: KeyError b'x'
# expect: b'a'
# expect: b'z'
# expect: b'3 4'
# expect: ValueError unsupported format character 'z' (0x7a) at index 1
