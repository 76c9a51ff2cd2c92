# while with else, break and continue
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("loop finished normally")
i = 10
while True:
    i -= 3
    if i < 0:
        break
print("i =", i)
k = 0
while k < 3:
    if k == 10:
        break
    k += 1
else:
    print("else runs, k =", k)
j = 0
while j < 3:
    if j == 1:
        break
    j += 1
else:
    print("not printed")
print("j =", j)

# expect: n = 1
# expect: n = 3
# expect: n = 4
# expect: n = 5
# expect: loop finished normally
# expect: i = -2
# expect: else runs, k = 3
# expect: j = 1
