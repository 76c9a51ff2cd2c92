# divmod, pow (incl. 3-arg), round
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3))
print(pow(2, 8), pow(2, -1), pow(2, 0.5), pow(-8, 3), pow(5, 3, 7), pow(2, 100, 97))
print(pow(3, -1, 7))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(17, -1), round(2.675, 2))
print(round(0.1 + 0.2, 10), round(1e15 + 0.3), round(7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)

# expect: (3, 2) (-4, 3) (3.0, 2.5) (-1, 2)
# expect: 256 0.5 1.4142135623730951 -512 6 16
# expect: 5
# expect: 3.14 2 4 0 20 2.67
# expect: 0.3 1000000000000000 7
# expect: ValueError: pow() 3rd argument cannot be 0
