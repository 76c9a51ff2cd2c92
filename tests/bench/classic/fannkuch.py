# Fannkuch-redux: for every permutation of 1..n, count the prefix reversals
# ("pancake flips") until 1 is in front; report a checksum and the maximum
# (list slicing, reversal, index arithmetic).
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # the next permutation, in the counting order
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


checksum, flips = fannkuch(9)
print(checksum)
print('Pfannkuchen(9) =', flips)
