# !r, !s and = in f-strings
s = "text"
print(f"{s!r} {s!s} {s}")
x = 10
print(f"{x=}")
print(f"{x + 1=}")
print(f"{s=}")
print(f"{x = }")
print(f"{x=:5}|")
print(f"{s!r:>10}|")
l = [1, 'a']
print(f"{l!r} {l}")

# expect: 'text' text text
# expect: x=10
# expect: x + 1=11
# expect: s='text'
# expect: x = 10
# expect: x=   10|
# expect:     'text'|
# expect: [1, 'a'] [1, 'a']
