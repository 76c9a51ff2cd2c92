# repr() chooses quotes and escapes
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("a'b\"c"))
print(repr("tab\there"), repr("nl\n"), repr("cr\r"))
print(repr("\x00\x01\x7f"), repr("\\"))
print(repr("é"), repr("\u200b"), repr("\xa0"))
print(repr(""), repr("'"), repr('"'))
print(["it's", 'a"b', "\n"])
print(str("it's"), "it's")

# expect: 'plain'
# expect: "it's"
# expect: 'say "hi"'
# expect: 'a\'b"c'
# expect: 'tab\there' 'nl\n' 'cr\r'
# expect: '\x00\x01\x7f' '\\'
# expect: 'é' '\u200b' '\xa0'
# expect: '' "'" '"'
# expect: ["it's", 'a"b', '\n']
# expect: it's it's
