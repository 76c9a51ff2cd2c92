# contextmanager's rules: a generator that does not yield, or yields twice,
# is an error (RuntimeError); the exception leaving the with statement is
# the very object raised in the block, unless the generator raises another.
from contextlib import contextmanager

def no_yield():
    if False:
        yield

def two_yields():
    yield 1
    yield 2

for f in (no_yield, two_yields):
    try:
        with contextmanager(f)():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

def keeps_yielding():
    try:
        yield
    except ValueError:
        yield "again"

try:
    with contextmanager(keeps_yielding)():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

def reraises():
    try:
        yield
    except KeyError:
        print("saw it, re-raising")
        raise

err = KeyError("original")
try:
    with contextmanager(reraises)():
        raise err
except KeyError as e:
    print("same object:", e is err)

def translates():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e

try:
    with contextmanager(translates)():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

def passthrough():
    yield

stop = StopIteration("from the block")
try:
    with contextmanager(passthrough)():
        raise stop
except StopIteration as e:
    print("StopIteration kept:", e is stop)
try:
    with contextmanager(passthrough)():
        raise GeneratorExit("ge")
except GeneratorExit as e:
    print("GeneratorExit kept:", e)
# expect: RuntimeError: generator didn't yield
# expect: RuntimeError: generator didn't stop
# expect: RuntimeError: generator didn't stop after throw()
# expect: saw it, re-raising
# expect: same object: True
# expect: LookupError translated cause: KeyError('k')
# expect: StopIteration kept: True
# expect: GeneratorExit kept: ge
