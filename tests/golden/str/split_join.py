# split / rsplit / join
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  many   spaces here ".split())
print("  many   spaces here ".split(" "))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("".split(), "".split(","))
print("one\ttwo\nthree".split())
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), repr(", ".join([])))
print(" ".join("abc"))
print("::".join(str(i) for i in range(4)))
print("abcabc".split("b"))

# expect: ['a', 'b', '', 'c'] ['a', 'b,,c'] ['a,b,', 'c']
# expect: ['many', 'spaces', 'here']
# expect: ['', '', 'many', '', '', 'spaces', 'here', '']
# expect: ['a', 'b', 'c d'] ['a b', 'c', 'd']
# expect: [] ['']
# expect: ['one', 'two', 'three']
# expect: x-y-z ab ''
# expect: a b c
# expect: 0::1::2::3
# expect: ['a', 'ca', 'c']
