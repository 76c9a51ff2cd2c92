# Raw string literals keep backslashes
s = r"a\nb"
print(s, len(s))
print(r'C:\path\to\file')
print(R"\x41")
print(r"\\", len(r"\\"))
print(repr(r"\t"))
print(r"it\'s")

# expect: a\nb 4
# expect: C:\path\to\file
# expect: \x41
# expect: \\ 2
# expect: '\\t'
# expect: it\'s
