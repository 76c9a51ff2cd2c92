# except with a tuple of types
def attempt(f):
    try:
        return f()
    except (KeyError, IndexError) as e:
        return f"lookup failed: {type(e).__name__} {e}"
    except (TypeError, ValueError) as e:
        return f"bad value: {type(e).__name__}: {e}"
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][0]))
print(attempt(lambda: int("q")))
print(attempt(lambda: 1 + "1"))
print(attempt(lambda: "fine"))
try:
    [][1]
except LookupError as e:
    print("LookupError base caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError base caught", type(e).__name__)
try:
    1 / 0
except Exception:
    print("bare Exception")

# expect: lookup failed: KeyError 'k'
# expect: lookup failed: IndexError list index out of range
# expect: bad value: ValueError: invalid literal for int() with base 10: 'q'
# expect: bad value: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: fine
# expect: LookupError base caught IndexError
# expect: ArithmeticError base caught ZeroDivisionError
# expect: bare Exception
