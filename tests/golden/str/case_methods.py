# Case conversion and predicates
s = "hello World 123"
print(s.upper(), s.lower(), s.title(), s.capitalize())
print("HELLO".capitalize(), "they're bill's".title())
print("abc".isalpha(), "ab1".isalpha(), "123".isdigit(), "12a".isdigit())
print(" \t\n".isspace(), "".isspace(), "".isalpha(), "".isdigit())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "abc1".islower())
print("123".isupper(), "A1".isupper())
print("straße".upper(), "ÉCOLE".lower())
print("swap Case".swapcase())

# expect: HELLO WORLD 123 hello world 123 Hello World 123 Hello world 123
# expect: Hello They'Re Bill'S
# expect: True False True False
# expect: True False False False
# expect: True False True True
# expect: False True
# expect: STRASSE école
# expect: SWAP cASE
