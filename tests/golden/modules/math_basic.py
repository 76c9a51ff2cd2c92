# math module basics
import math
print(math.pi, math.e, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.floor(3.7), math.ceil(3.2))
print(type(math.floor(2.5)).__name__, math.trunc(-3.9), math.trunc(3.9))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6))
print(math.factorial(0), math.factorial(5), math.factorial(30))
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))

# expect: 3.141592653589793 2.718281828459045 inf nan
# expect: 4.0 1.4142135623730951 -3 -2 3 4
# expect: int -3 3
# expect: 6 5 2
# expect: 1 120 265252859812191058636308480000000
# expect: 3.0 1024.0 1.4142135623730951
# expect: True False True True False
# expect: True False True
