# Non-ASCII strings: length, indexing, slicing
s = "héllo"
print(len(s), s[1], s[1:3], s.upper(), s[::-1])
j = "日本語テキスト"
print(len(j), j[0], j[-1], j[2:4], j[::2])
print("é" in s, "本" in j)
print(ord("é"), chr(233), ord("日"), chr(0x65e5))
print("naïve café".title())
print(repr("é"), repr("日本"))
mixed = "a" + "é" + "日" + "\U0001F600"
print(len(mixed), [ord(c) for c in mixed])
print(sorted("béa"))

# expect: 5 é él HÉLLO olléh
# expect: 7 日 ト 語テ 日語キト
# expect: True True
# expect: 233 é 26085 日
# expect: Naïve Café
# expect: 'é' '日本'
# expect: 4 [97, 233, 26085, 128512]
# expect: ['a', 'b', 'é']
