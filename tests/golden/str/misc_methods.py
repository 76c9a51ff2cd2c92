# Assorted str helpers
print("hello".startswith("he"), "hello".endswith("lo"))
print(len(""), len("abc"), str(123), str(None), str([1, 'a']))
print("a-b-c".split("-")[::-1])
print("Hello"[0].islower(), "hello"[0].islower())
print("%".join(["1", "2"]), "abc".__len__())
words = "the quick brown fox".split()
print([w.capitalize() for w in words])
print(" ".join(w[::-1] for w in words))
print("abc".index("c"), "abcabc".rindex("b"))
print("x" * 3 + "y" * 2)
print("42".isnumeric(), "4.2".isdecimal())

# expect: True True
# expect: 0 3 123 None [1, 'a']
# expect: ['c', 'b', 'a']
# expect: False True
# expect: 1%2 3
# expect: ['The', 'Quick', 'Brown', 'Fox']
# expect: eht kciuq nworb xof
# expect: 2 4
# expect: xxxyy
# expect: True False
