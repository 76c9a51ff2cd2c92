# base64 and binascii: round trips, padding rules, URL-safe and Base16 alphabets, crc32
import base64, binascii
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256)), b'\xfb\xff\xfe']:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d, base64.b16encode(d))
print(base64.b64decode('Zm9v'), base64.b64decode(b'Zm9vYg=='), base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode('Zm9vYg==trailing'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b16decode('666F6F'), base64.b16decode('666f6f', casefold=True))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
for f in (lambda: base64.b64decode('Zm9vY'), lambda: base64.b64decode('Zm9vYg'), lambda: base64.b64decode('Zm9v!', validate=True),
          lambda: base64.b16decode('zz'), lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: base64.b64decode('é')):
    try: print(f())
    except (binascii.Error, ValueError) as e: print(type(e).__name__, e)
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.unhexlify('01ab'), binascii.unhexlify(b'01AB'), binascii.b2a_hex(b'z'), binascii.a2b_hex('7a'))
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'a' * 1000))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGk='), issubclass(binascii.Error, ValueError))

# expect: b'' True b'' True b''
# expect: b'Zg==' True b'Zg==' True b'66'
# expect: b'Zm8=' True b'Zm8=' True b'666F'
# expect: b'Zm9v' True b'Zm9v' True b'666F6F'
# expect: b'Zm9vYg==' True b'Zm9vYg==' True b'666F6F62'
# expect: b'Zm9vYmE=' True b'Zm9vYmE=' True b'666F6F6261'
# expect: b'Zm9vYmFy' True b'Zm9vYmFy' True b'666F6F626172'
# expect: b'+vv8/f7/' True b'-vv8_f7_' True b'FAFBFCFDFEFF'
# expect: b'+//+' True b'-__-' True b'FBFFFE'
# expect: b'foo' b'foob' b'foobar' b'foob'
# expect: b'-_8=' b'foo' b'foo'
# expect: b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4\n' b'xxx'
# expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: Error Incorrect padding
# expect: Error Only base64 data is allowed
# expect: Error Non-base16 digit found
# expect: Error Odd-length string
# expect: Error Non-hexadecimal digit found
# expect: ValueError string argument should contain only ASCII characters
# expect: b'01ab' b'01-ab-cd' b'\x01\xab' b'\x01\xab' b'7a' b'z'
# expect: 0 222957957 222957957 2587417091
# expect: b'aGk=\n' b'aGk=' b'hi' True
