# strip / lstrip / rstrip
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"))
print(repr("".strip()), repr("   ".strip()))
print("www.example.com".strip("cmowz."))

# expect: 'hello world' 'hello world \n ' '  \t hello world'
# expect: hi hixx xxhi
# expect: HELLO
# expect: '' ''
# expect: example
