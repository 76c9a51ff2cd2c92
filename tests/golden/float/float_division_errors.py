# Division by zero and overflow with floats
for expr in [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 5.0 // 0]:
    try:
        expr()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    # "float modulo" became "float modulo by zero" in 3.13: print only the type
    print(type(e).__name__)
try:
    2.0 ** 10000
except OverflowError as e:
    # CPython's message here is errno text "(34, 'Numerical result out of range')": print only the type
    print(type(e).__name__)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 + 1e308)

# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: float floor division by zero
# expect: ZeroDivisionError
# expect: OverflowError
# expect: OverflowError: int too large to convert to float
# expect: inf
