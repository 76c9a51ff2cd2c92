# repr() vs str()
for v in [1, 1.5, "s", "it's", None, True, [1, "a"], (1,), {"k": "v"}, {1}, range(2), 1e100]:
    print(repr(v), str(v))
print(repr(repr("x")))

# expect: 1 1
# expect: 1.5 1.5
# expect: 's' s
# expect: "it's" it's
# expect: None None
# expect: True True
# expect: [1, 'a'] [1, 'a']
# expect: (1,) (1,)
# expect: {'k': 'v'} {'k': 'v'}
# expect: {1} {1}
# expect: range(0, 2) range(0, 2)
# expect: 1e+100 1e+100
# expect: "'x'"
