# Bare raise re-raises the current exception
def process():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    process()
except ValueError as e:
    print("outer:", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
        raise
except KeyError as e2:
    print(e2 is err, repr(e2))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "", e.args)

# expect: logging and re-raising
# expect: outer: invalid literal for int() with base 10: 'x'
# expect: True KeyError('a')
# expect: RuntimeError() True ()
