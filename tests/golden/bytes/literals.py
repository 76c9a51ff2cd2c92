# Bytes literals: prefixes, escapes, raw strings, adjacent concatenation
print(b'plain', B"upper", rb'raw\n', Rb'\x41', br'\d+')
print(b'\x41\x42\x43', b'\101\102', b'\0', b'tab\there', b'nl\n', b'cr\r')
print(b'\\', b'\'', b"\"", b'\a\b\f\v')
print(b'abc' b'def', b'one' rb'\two')
print(b"""triple
quoted""")
print(len(b'\x00\x01\x02'), len(rb'\x00'))

# expect: b'plain' b'upper' b'raw\\n' b'\\x41' b'\\d+'
# expect: b'ABC' b'AB' b'\x00' b'tab\there' b'nl\n' b'cr\r'
# expect: b'\\' b"'" b'"' b'\x07\x08\x0c\x0b'
# expect: b'abcdef' b'one\\two'
# expect: b'triple\nquoted'
# expect: 3 4
