# Nested try blocks
def risky(kind):
    if kind == "v":
        raise ValueError("v!")
    if kind == "t":
        raise TypeError("t!")
    return "ok"
for kind in ["v", "t", "x"]:
    try:
        try:
            print(risky(kind))
        except ValueError as e:
            print("inner caught", e)
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    print("got", e, type(e.__context__).__name__)

# expect: inner caught v!
# expect: inner finally
# expect: inner finally
# expect: outer caught t!
# expect: ok
# expect: inner finally
# expect: got converted ZeroDivisionError
