# Comparisons and chaining
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1.0, 1 < 2 == 2, 1 < 2 != 2)
def noisy(x):
    print("eval", x)
    return x
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
print("abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [2] > [1, 9])
x = 5
print(0 < x <= 5, 0 < x < 5)
print(1 < 2 > 0)

# expect: True False True False True False
# expect: True False True
# expect: True True False
# expect: eval 1
# expect: eval 0
# expect: False
# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: True
# expect: True True True
# expect: True True True
# expect: True False
# expect: True
