# Big bytes and bytearrays count toward the heap cap: MemoryError, not a crash
def attempt(label, f):
    try:
        f()
        print(label, 'made')
    except MemoryError:
        print(label, 'MemoryError')

attempt('bytes(n)', lambda: bytes(200 * 1024 * 1024))
attempt('repeat', lambda: b'ab' * (100 * 1024 * 1024))
attempt('bytearray(n)', lambda: bytearray(200 * 1024 * 1024))
grow = bytearray()
attempt('growing', lambda: [grow.extend(bytes(1024 * 1024)) for _ in range(200)])
del grow
attempt('to_bytes', lambda: (1).to_bytes(200 * 1024 * 1024, 'big'))
attempt('small still fine', lambda: bytes(1024))
# args: --max-memory=64M
# python3: skip
# expect: bytes(n) MemoryError
# expect: repeat MemoryError
# expect: bytearray(n) MemoryError
# expect: growing MemoryError
# expect: to_bytes MemoryError
# expect: small still fine made
