# throw()'s forms as CPython's test_generators checks them: a value of the
# wrong type is wrapped in the given class, None as the traceback is fine,
# bad combinations are TypeErrors, and throw(*sys.exc_info()) re-raises a
# caught exception with its traceback.
import sys

def catcher():
    while True:
        try:
            print("received", (yield))
        except ValueError as v:
            print(f"caught ValueError ({v})")

g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("xyz"))
g.throw(ValueError, ValueError(1))
g.throw(ValueError, TypeError(1))
g.throw(ValueError, ValueError(1), None)
for args in [(ValueError(1), "foo"), (ValueError, "foo", 23), ("abc",), (0,), (list,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)

def throw_caught(gen, exc):
    try:
        raise exc
    except:
        gen.throw(*sys.exc_info())

throw_caught(g, ValueError)
g.send(1)
try:
    throw_caught(g, TypeError)
except TypeError:
    print("TypeError ended the generator")
print(g.gi_frame)
try:
    g.send(2)
except StopIteration:
    print("StopIteration")
try:
    g.throw(ValueError, 6)
except ValueError as e:
    print("closed generator raises", repr(e))

def reraiser():
    try:
        yield
    except:
        raise

r = reraiser()
next(r)
try:
    1 / 0
except ZeroDivisionError as v:
    try:
        r.throw(v)
    except Exception as w:
        tb = w.__traceback__
levels = 0
while tb:
    levels += 1
    tb = tb.tb_next
print("traceback levels:", levels)
# expect: caught ValueError ()
# expect: caught ValueError (xyz)
# expect: caught ValueError (1)
# expect: caught ValueError (1)
# expect: caught ValueError (1)
# expect: TypeError: instance exception may not have a separate value
# expect: TypeError: throw() third argument must be a traceback object
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not str
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not int
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not type
# expect: caught ValueError ()
# expect: received 1
# expect: TypeError ended the generator
# expect: None
# expect: StopIteration
# expect: closed generator raises ValueError(6)
# expect: traceback levels: 3
