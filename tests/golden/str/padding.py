# center / ljust / rjust / zfill
print("[" + "hi".center(6) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6, ".") + "]")
print("[" + "toolong".center(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6))
print("x".center(4, "-"), "xy".center(5, "-"))
print("12345".zfill(3))

# expect: [  hi  ] [***hi**]
# expect: [abc   ] [...abc]
# expect: [toolong]
# expect: 00042 -0042 +0042 000abc
# expect: -x-- --xy-
# expect: 12345
