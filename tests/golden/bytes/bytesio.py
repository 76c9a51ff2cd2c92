# io.BytesIO: writing, reading lines, seeking past the end, truncating
import io
f = io.BytesIO()
print(f.write(b'hello\nworld\n'), f.tell(), f.getvalue())
f.seek(0)
print(f.readline(), f.read(3), f.read(), f.read())
f.seek(2); f.write(b'XY'); print(f.getvalue())
f.seek(20); f.write(b'!'); print(f.getvalue(), f.tell())
f.seek(-3, 2); print(f.read())
print(list(io.BytesIO(b'a\nb\nc')), io.BytesIO(b'xyz').read(2))
g = io.BytesIO(b'abcdef'); g.seek(3); g.truncate(); print(g.getvalue())
buf = bytearray(4); print(io.BytesIO(b'12').readinto(buf), buf)
with io.BytesIO(b'q') as h:
    print(h.read())
print(h.closed)
try: h.read()
except ValueError as e: print(e)
try: io.BytesIO().write('s')
except TypeError as e: print(e)

# expect: 12 12 b'hello\nworld\n'
# expect: b'hello\n' b'wor' b'ld\n' b''
# expect: b'heXYo\nworld\n'
# expect: b'heXYo\nworld\n\x00\x00\x00\x00\x00\x00\x00\x00!' 21
# expect: b'\x00\x00!'
# expect: [b'a\n', b'b\n', b'c'] b'xy'
# expect: b'abc'
# expect: 2 bytearray(b'12\x00\x00')
# expect: b'q'
# expect: True
# expect: I/O operation on closed file.
# expect: a bytes-like object is required, not 'str'
