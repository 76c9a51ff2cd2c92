# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values())
print(3 in range(5), 5 in range(5), (1, 2) in [(1, 2)])
print(1 in {1, 2}, 1.0 in {1}, True in [1])

# expect: True False True True
# expect: True True
# expect: True False True
# expect: True True True
# expect: True False True
# expect: True False True
# expect: True True True
