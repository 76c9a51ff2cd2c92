# chr and ord including non-ASCII
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"))
print(chr(65), chr(97), chr(48), repr(chr(10)))
print(ord("é"), ord("€"), ord("日"), ord("😀"))
print(chr(233), chr(8364), chr(26085), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)

# expect: 65 97 48 32 10
# expect: A a 0 '\n'
# expect: 233 8364 26085 128512
# expect: é € 日 😀
# expect: IBM
# expect: TypeError: ord() expected a character, but string of length 2 found
# expect: ValueError: chr() arg not in range(0x110000)
