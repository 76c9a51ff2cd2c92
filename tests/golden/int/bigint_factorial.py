# Arbitrary precision: factorial of 100
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
print(f)
print(len(str(f)))
print(f % 1000007)
print(fact(25) // fact(23))
print(sum(int(c) for c in str(f)))

# expect: 93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000
# expect: 158
# expect: 323756
# expect: 600
# expect: 648
