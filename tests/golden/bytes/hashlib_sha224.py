# sha224: FIPS 180-4's other initial values on the sha256 compression, a 28-byte digest
import hashlib
for d in (b'', b'abc', b'a' * 55, b'a' * 56, b'x' * 1000, bytes(range(256)) * 9):
    h = hashlib.sha224(d)
    print(h.hexdigest(), h.digest_size, h.name, hashlib.new('sha224', d).digest() == h.digest())

# expect: d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f 28 sha224 True
# expect: 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7 28 sha224 True
# expect: fb0bd626a70c28541dfa781bb5cc4d7d7f56622a58f01a0b1ddd646f 28 sha224 True
# expect: d40854fc9caf172067136f2e29e1380b14626bf6f0dd06779f820dcd 28 sha224 True
# expect: 3fd1f1f34b2c22d0ca7f496aa180079401d28c7d9dd96dff5ce4d05c 28 sha224 True
# expect: 1269df25f863459e6c045881aa76228969cefefb5c4efd2c8072513a 28 sha224 True
