# Aliasing vs copying
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a.append(4)
a[1].append(99)
print(a)
print(b)
print(c)
print(d)
print(a is b, a is c, a[1] is c[1])
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
x = [0]
print(mutate(x), x)

# expect: [1, [2, 3, 99], 4]
# expect: [1, [2, 3, 99], 4]
# expect: [1, [2, 3, 99]]
# expect: [1, [2, 3, 99]]
# expect: True False True
# expect: ['new'] [0, 'm']
