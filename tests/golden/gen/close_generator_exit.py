# GeneratorExit is a BaseException, so `except Exception` does not catch
# it. A generator may catch it and return; if it yields instead, close()
# raises RuntimeError. Any other exception raised during close propagates.
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up")
        return "ignored value"

p = polite()
next(p)
print(p.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catches_exception():
    try:
        yield 1
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("finally still runs")

c = catches_exception()
next(c)
c.close()

def fails():
    try:
        yield 1
    finally:
        raise KeyError("during close")

f = fails()
next(f)
try:
    f.close()
except KeyError as e:
    print("KeyError:", e, type(e.__context__).__name__)
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
# expect: cleaning up
# expect: None
# expect: RuntimeError: generator ignored GeneratorExit
# expect: finally still runs
# expect: KeyError: 'during close' GeneratorExit
# expect: True False
