# Hardening: 20000 calls of random bytes/bytearray methods with random arguments, then the
# constructors and % on every pooled value. Whatever raises is fine; nothing may crash.
x = 99
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
pool = [b'', b'a', b'ab,c d', bytearray(b'xyz'), bytearray(), 0, 1, -1, 255, 256, 2**70, -2**70, None, 'a', 'utf-8', 'latin-1', 'ascii', 'replace', 'ignore',
        1.5, (b'a',), [1, 2], [300], slice(None, None, -1), slice(1, 2), slice(None, None, 3), b'\xff\xfe', b'%s%d', {b'a': 1}, iter([1]), range(3)]
count = 0
for i in range(20000):
    recv = [b'hello world', bytearray(b'hello world'), b'', bytearray(), b'a\xffb\n\r\nc', bytearray(b'%s %r %c')][rnd(6)]
    names = [n for n in dir(type(recv)) if not n.startswith('__') or n in ('__getitem__', '__setitem__', '__delitem__', '__contains__', '__add__', '__mul__', '__iadd__', '__imul__', '__mod__', '__eq__', '__lt__')]
    name = names[rnd(len(names))]
    args = [pool[rnd(len(pool))] for _ in range(rnd(4))]
    try:
        getattr(recv, name)(*args)
        count += 1
    except Exception:
        pass
for i in range(3000):
    a = pool[rnd(len(pool))]
    for f in (bytes, bytearray):
        try:
            f(a)
        except Exception:
            pass
    try:
        b'%s' % a
    except Exception:
        pass
print('done', count > 0)

# expect: done True
