# for with else: search pattern
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 15]:
    find_divisor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    continue
else:
    print("after continue, i =", i)

# expect: 7 is prime
# expect: 9 has divisor 3
# expect: 13 is prime
# expect: 15 has divisor 3
# expect: empty loop else
# expect: after continue, i = 2
