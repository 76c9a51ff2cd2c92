# math logs, exp, trig
import math
print(math.log(math.e), math.log(1), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.exp(0), math.exp(1), math.exp(-1))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi))
print(round(math.sin(math.pi), 10), round(math.cos(math.pi / 3), 10))
print(math.sqrt(math.pi), math.log(10 ** 100))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)

# expect: 1.0 0.0 3.0 2.0
# expect: 10.0 1.584962500721156 3.0 0.3010299956639812
# expect: 1.0 2.718281828459045 0.36787944117144233
# expect: 0.0 1.0 1.0 -1.0
# expect: 0.0 0.5
# expect: 1.7724538509055159 230.25850929940458
# expect: ValueError: math domain error
# expect: ValueError: math domain error
