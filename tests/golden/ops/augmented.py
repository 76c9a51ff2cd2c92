# Augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x %= 2; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
l *= 2
print(alias)

# expect: 15
# expect: 12
# expect: 24
# expect: 6.0
# expect: 3.0
# expect: 1.0
# expect: abcd
# expect: abcdabcd
# expect: [1, 2, 3] [1, 2, 3] True
# expect: (1, 2) (1,) False
# expect: [1, 2, 3, 1, 2, 3]
