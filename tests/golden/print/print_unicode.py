# Printing non-ASCII text
print("héllo wörld")
print("日本語", "中文", "한국어", sep=" / ")
print("emoji: 😀 ✓ →")
print(["é", "日"], ("ß",))
print("café".upper(), len("café"))
print("\u00e9\u00e8", "\u00b0C")

# expect: héllo wörld
# expect: 日本語 / 中文 / 한국어
# expect: emoji: 😀 ✓ →
# expect: ['é', '日'] ('ß',)
# expect: CAFÉ 4
# expect: éè °C
