# hashlib's md5, sha1 and sha256 digests of well-known inputs
import hashlib
for data in (b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'a' * 1000):
    print(hashlib.md5(data).hexdigest())
    print(hashlib.sha1(data).hexdigest())
    print(hashlib.sha256(data).hexdigest())

# expect: d41d8cd98f00b204e9800998ecf8427e
# expect: da39a3ee5e6b4b0d3255bfef95601890afd80709
# expect: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
# expect: 900150983cd24fb0d6963f7d28e17f72
# expect: a9993e364706816aba3e25717850c26c9cd0d89d
# expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
# expect: 9e107d9d372bb6826bd81d3542a419d6
# expect: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
# expect: d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
# expect: cabe45dcc9ae5b66ba86600cca6b8ba8
# expect: 291e9a6c66994949b57ba5e650361e98fc36b1ba
# expect: 41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3
