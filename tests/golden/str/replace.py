# replace
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("two", ""))
print("aaa".replace("a", "bb"))
print("abc".replace("", "-"))
print("abc".replace("x", "y"))
print("hello".replace("l", "L", 1))

# expect: 1 two 1 two 1
# expect: 1 two 1 two one
# expect: one  one  one
# expect: bbbbbb
# expect: -a-b-c-
# expect: abc
# expect: heLlo
