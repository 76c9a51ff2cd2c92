# find / rfind / index / count
s = "hello world, hello there"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"))
print(s.find("o", 5), s.find("o", 5, 7), s.find(""))
print(s.index("world"), s.count("hello"), s.count("l"), s.count(""))
print("aaaa".count("aa"))
try:
    s.index("nope")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("hello"), s.endswith("there"), s.startswith("world", 6))
print(s.startswith(("x", "he")), s.endswith(("re", "zz")))

# expect: 0 13 -1 -1
# expect: 7 -1 0
# expect: 6 2 5 25
# expect: 2
# expect: ValueError: substring not found
# expect: True True True
# expect: True True
