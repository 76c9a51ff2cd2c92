# contextlib.contextmanager (called as a function: cm = contextmanager(f)):
# the code before the yield is __enter__, the yielded value is bound by
# `as`, the code after it is __exit__; an exception in the block is raised
# at the yield, so try/finally and except in the generator see it.
from contextlib import contextmanager

def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

tag = contextmanager(tag)
with tag("p") as t:
    print("  body sees", t)
with tag("outer"), tag("inner"):
    print("  nested")
try:
    with tag("err"):
        raise ValueError("in the block")
except ValueError as e:
    print("propagated:", e)

def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__)

ignoring = contextmanager(ignoring)
with ignoring(KeyError, IndexError):
    {}["missing"]
print("after a suppressed KeyError")
try:
    with ignoring(KeyError):
        [][0]
except IndexError:
    print("IndexError was not in the list")

def timer_like(label, log):
    log.append("start " + label)
    yield log
    log.append("stop " + label)

timer_like = contextmanager(timer_like)
entries = []
with timer_like("a", entries) as lg:
    lg.append("work")
print(entries)
print(tag.__name__, type(tag("x")).__name__)
cm = tag("once")
with cm:
    pass
def doc():
    """The doc string."""
    yield
print(contextmanager(doc)().__doc__)
# expect: <p>
# expect:   body sees P
# expect: </p>
# expect: <outer>
# expect: <inner>
# expect:   nested
# expect: </inner>
# expect: </outer>
# expect: <err>
# expect: </err>
# expect: propagated: in the block
# expect: ignored KeyError
# expect: after a suppressed KeyError
# expect: IndexError was not in the list
# expect: ['start a', 'work', 'stop a']
# expect: tag _GeneratorContextManager
# expect: <once>
# expect: </once>
# expect: The doc string.
