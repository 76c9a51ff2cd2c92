# The exception being handled, as a generator sees it (sys.exc_info(),
# __context__, bare raise): inside the generator's own except block it is
# the generator's exception, kept across yields; otherwise it is the
# caller's, for as long as the caller is handling one.
import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def keeps_its_own():
    try:
        print("start:", name())
        yield
    except Exception as exc:
        print("thrown in:", name(), "context:", exc.__context__)
        yield
        print("still handling after a yield:", name())
        yield
        raise

g = keeps_its_own()
next(g)
try:
    raise ValueError("v")
except Exception as exc:
    try:
        g.throw(exc)
    except Exception:
        pass
print("caller after its except:", name())
next(g)
try:
    next(g)
except ValueError as e:
    print("bare raise re-raised:", repr(e), "context:", e.__context__)
print("at the end:", name())

def sees_callers():
    print("resumed inside the caller's except:", name())
    yield "done"

s = sees_callers()
try:
    raise KeyError("k")
except KeyError:
    print(next(s))
print("afterwards:", name())

def chained():
    try:
        yield
        raise TypeError("in the generator")
    except TypeError as exc:
        print("caught", name(), "context:", type(exc.__context__).__name__)
    print("back to the caller's:", name())
    yield
    print("caller no longer handling:", name())
    yield "end"

c = chained()
next(c)
try:
    raise ValueError
except ValueError:
    next(c)
print(next(c))

def context_from_yield():
    try:
        raise KeyError("a")
    except Exception:
        yield

k = context_from_yield()
next(k)
try:
    k.throw(ValueError)
except ValueError as e:
    print("thrown exception's context:", repr(e.__context__))
# expect: start: None
# expect: thrown in: ValueError context: None
# expect: caller after its except: None
# expect: still handling after a yield: ValueError
# expect: bare raise re-raised: ValueError('v') context: None
# expect: at the end: None
# expect: resumed inside the caller's except: KeyError
# expect: done
# expect: afterwards: None
# expect: caught TypeError context: ValueError
# expect: back to the caller's: ValueError
# expect: caller no longer handling: None
# expect: end
# expect: thrown exception's context: KeyError('a')
