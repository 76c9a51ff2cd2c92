# float() parsing
print(float("1.5"), float("  1.5 "), float("-2"), float("+3.25"))
print(float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("1_000.5"), float(7), float(True))
print(float("inf"), float("-infinity"), float("nan"))
print(float(), float(2 ** 60))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)

# expect: 1.5 1.5 -2.0 3.25
# expect: 1000.0 0.001 0.5 5.0
# expect: 1000.5 7.0 1.0
# expect: inf -inf nan
# expect: 0.0 1.152921504606847e+18
# expect: could not convert string to float: ''
# expect: could not convert string to float: 'abc'
# expect: could not convert string to float: '1.2.3'
# expect: could not convert string to float: '1e'
# expect: could not convert string to float: '--1'
