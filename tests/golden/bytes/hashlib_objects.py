# hashlib objects: update in pieces, copy, digest vs hexdigest, attributes, new()
import hashlib
whole = hashlib.sha256(b'hello world').hexdigest()
h = hashlib.sha256()
h.update(b'hello')
snapshot = h.copy()
h.update(b' world')
print(h.hexdigest() == whole, snapshot.hexdigest() == hashlib.sha256(b'hello').hexdigest())
print(h.digest() == bytes.fromhex(whole), len(h.digest()), h.name, h.digest_size, h.block_size)
for name in ('md5', 'sha1', 'sha256', 'SHA256'):
    x = hashlib.new(name, b'data')
    print(name, x.name, x.digest_size, x.block_size, x.hexdigest()[:16])
m = hashlib.md5()
for chunk in (b'a' * 63, b'b', b'c' * 65):
    m.update(chunk)
print(m.hexdigest() == hashlib.md5(b'a' * 63 + b'b' + b'c' * 65).hexdigest())
print(hashlib.md5(b'x').hexdigest() == hashlib.md5(b'x').hexdigest(), h.hexdigest() == h.hexdigest())
print(hashlib.sha1(bytearray(b'ba')).hexdigest() == hashlib.sha1(b'ba').hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))

# expect: True True
# expect: True 32 sha256 32 64
# expect: md5 md5 16 64 8d777f385d3dfec8
# expect: sha1 sha1 20 64 a17c9aaa61e80a1b
# expect: sha256 sha256 32 64 3a6eb0790f39ac87
# expect: SHA256 sha256 32 64 3a6eb0790f39ac87
# expect: True
# expect: True True
# expect: True
# expect: ['md5', 'sha1', 'sha256']
