# hashlib refuses text and non-buffers, and names it does not know
import hashlib
for f in (lambda: hashlib.md5('text'), lambda: hashlib.sha256().update('text'), lambda: hashlib.sha1(42),
          lambda: hashlib.new('no-such-hash')):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.sha256('text'.encode()).hexdigest()[:8])

# expect: TypeError Strings must be encoded before hashing
# expect: TypeError Strings must be encoded before hashing
# expect: TypeError object supporting the buffer API required
# expect: ValueError unsupported hash type no-such-hash
# expect: 982d9e3e
