# startswith / endswith with tuples and bounds
b = b'GET /index.html HTTP/1.1'
print(b.startswith(b'GET'), b.startswith(b'POST'), b.startswith((b'PUT', b'GET')), b.endswith(b'1.1'))
print(b.startswith(b'/', 4), b.endswith(b'html', 0, 15), bytearray(b'xy').endswith(b'y'), b.startswith(b''))
try:
    b.startswith('GET')
except TypeError as e:
    print(e)

# expect: True False True True
# expect: True True True True
# expect: startswith first arg must be bytes or a tuple of bytes, not str
