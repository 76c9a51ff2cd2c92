# Sieve of Eratosthenes and prime utilities
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k, p in enumerate(is_prime) if p]
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-1])
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)))
print(sum(primes), sum(1 for p in primes if p % 4 == 1))

# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]
# expect: 1229 9973
# expect: 360 = 2^3 * 3^2 * 5
# expect: 97 = 97
# expect: 1001 = 7 * 11 * 13
# expect: 248832 = 2^10 * 3^5
# expect: 600851475143 = 71 * 839 * 1471 * 6857
# expect: [(3, 5), (5, 7), (11, 13), (17, 19), (29, 31), (41, 43), (59, 61), (71, 73)]
# expect: 8 23
# expect: 1060 11
