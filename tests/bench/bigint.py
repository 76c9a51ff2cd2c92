# Arbitrary-precision integers: factorials, powers, division, str().
# (str() stays below CPython's 4300-digit conversion limit.)
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def main():
    for _ in range(8):
        work()


def work():
    digits = 0
    for n in range(1000, 1040):
        digits += len(str(factorial(n)))
    p = 3 ** 200000
    q = p // (7 ** 50000)
    s = 0
    x = 1
    for i in range(20000):
        x = (x * 12345678901234567 + i) % (1 << 4000)
        s ^= x & 0xFFFFFFFF
    print(digits, p % 1000000007, q % 999983, s, x % 1000003)


main()
