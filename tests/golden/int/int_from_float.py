# int() of floats truncates toward zero
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(int(1e20), int(2.0 ** 70))
print(int(123456789.999))
print(int(-0.0))
for v in [float('inf'), float('nan')]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5))

# expect: 3 -3 0 0
# expect: 100000000000000000000 1180591620717411303424
# expect: 123456789
# expect: 0
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError cannot convert float NaN to integer
# expect: 2 4 -2
