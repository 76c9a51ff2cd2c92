# raise ... from ... sets __cause__
class AppError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad input {s!r}") from e
try:
    load("zz")
except AppError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("no cause") from None
except AppError as e:
    print(e.__cause__, type(e.__context__).__name__)

# expect: bad input 'zz'
# expect: ValueError invalid literal for int() with base 10: 'zz'
# expect: None ZeroDivisionError
