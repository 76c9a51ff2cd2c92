# Wrong sources for bytes(): CPython's exceptions and messages
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

attempt('range', lambda: bytes([256]))
attempt('negative item', lambda: bytes([1, -1]))
attempt('bytearray range', lambda: bytearray([999]))
attempt('str item', lambda: bytes(['a']))
attempt('no encoding', lambda: bytes('text'))
attempt('encoding no str', lambda: bytes(5, 'utf-8'))
attempt('negative count', lambda: bytes(-3))
attempt('float', lambda: bytes(2.5))
attempt('bytearray float', lambda: bytearray(2.5))
attempt('None', lambda: bytes(None))

# expect: range ValueError: bytes must be in range(0, 256)
# expect: negative item ValueError: bytes must be in range(0, 256)
# expect: bytearray range ValueError: byte must be in range(0, 256)
# expect: str item TypeError: 'str' object cannot be interpreted as an integer
# expect: no encoding TypeError: string argument without an encoding
# expect: encoding no str TypeError: encoding without a string argument
# expect: negative count ValueError: negative count
# expect: float TypeError: cannot convert 'float' object to bytes
# expect: bytearray float TypeError: cannot convert 'float' object to bytearray
# expect: None TypeError: cannot convert 'NoneType' object to bytes
