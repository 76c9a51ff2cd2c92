# partition / rpartition / splitlines
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
text = "line1\nline2\r\nline3\n\nline5"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "one".splitlines(), "a\n".splitlines())

# expect: ('key', '=', 'value=more')
# expect: ('key=value', '=', 'more')
# expect: ('novalue', '', '') ('', '', 'novalue')
# expect: ['line1', 'line2', 'line3', '', 'line5']
# expect: ['line1\n', 'line2\r\n', 'line3\n', '\n', 'line5']
# expect: [] ['one'] ['a']
