# A tiny length-prefixed protocol built from bytes operations
def frame(payload):
    return len(payload).to_bytes(2, 'big') + payload

def unframe(stream):
    out = []
    while stream:
        n = int.from_bytes(stream[:2], 'big')
        out.append(stream[2:2 + n])
        stream = stream[2 + n:]
    return out

messages = ['hello', 'wörld', '', 'x' * 3]
stream = b''.join(frame(m.encode()) for m in messages)
print(stream[:12], len(stream))
print([m.decode() for m in unframe(stream)])
buf = bytearray()
for m in messages:
    buf += frame(m.encode())
print(bytes(buf) == stream, buf.hex(' ', 4)[:35])

# expect: b'\x00\x05hello\x00\x06w\xc3\xb6' 22
# expect: ['hello', 'wörld', '', 'xxx']
# expect: True 0005 68656c6c 6f000677 c3b6726c 640
