# OverflowError
try:
    2.0 ** 10000
except OverflowError as e:
    # CPython's message is platform errno text; print only the type
    print(type(e).__name__)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 10000 > 0)
try:
    float(2 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print(issubclass(OverflowError, ArithmeticError))

# expect: OverflowError
# expect: OverflowError: math range error
# expect: True
# expect: OverflowError: int too large to convert to float
# expect: True
