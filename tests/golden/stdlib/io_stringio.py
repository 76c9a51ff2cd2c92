# io.StringIO: reading, writing, seeking, and capturing print() and a
# logging handler's output in memory.
import io
import logging

buf = io.StringIO('first line\nsecond line\nthird')
print(repr(buf.read(5)), repr(buf.readline()), buf.tell(), buf.readlines(), repr(buf.read()))
buf.seek(0)
print([line.rstrip() for line in buf])
out = io.StringIO()
print(out.write('hello'), out.tell(), repr(out.getvalue()))
out.seek(0)
out.write('J')
out.seek(0, io.SEEK_END)
out.write(' world')
print(repr(out.getvalue()), out.tell())
out.truncate(5)
print(repr(out.getvalue()))
print('a', 1, 2.5, sep=', ', file=out)
out.writelines(['x\n', 'y\n'])
print(repr(out.getvalue()))
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
for bad in (lambda: f.read(), lambda: io.StringIO().write(3), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(2, io.SEEK_CUR)):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)

capture = io.StringIO()
handler = logging.StreamHandler(capture)
handler.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
log = logging.getLogger('captured')
log.addHandler(handler)
log.propagate = False
log.warning('disk %d%% full', 91)
log.error('retry %s', 'later')
print(capture.getvalue().splitlines())

# expect: 'first' ' line\n' 11 ['second line\n', 'third'] ''
# expect: ['first line', 'second line', 'third']
# expect: 5 5 'hello'
# expect: 'Jello world' 11
# expect: 'Jello'
# expect: 'Jello\x00\x00\x00\x00\x00\x00a, 1, 2.5\nx\ny\n'
# expect: ctx False
# expect: True
# expect: ValueError: I/O operation on closed file
# expect: TypeError: string argument expected, got 'int'
# expect: ValueError: Negative seek position -1
# expect: OSError: Can't do nonzero cur-relative seeks
# expect: ['WARNING|captured|disk 91% full', 'ERROR|captured|retry later']
