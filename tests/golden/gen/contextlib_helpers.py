# suppress, closing, nullcontext, redirect_stdout and contextmanager's
# managers used as decorators through a call (cm()(func)).
import io
from contextlib import suppress, closing, nullcontext, redirect_stdout, contextmanager

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("suppressed")
with suppress(LookupError):
    [][1]
print("a subclass is suppressed too")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with suppress():
    pass

class Connection:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Connection("db")) as c:
    print("using", c.name)
try:
    with closing(Connection("net")):
        raise OSError("lost")
except OSError as e:
    print("OSError:", e)

for flag in (True, False):
    cm = closing(Connection("maybe")) if flag else nullcontext("plain")
    with cm as thing:
        print("got", thing if isinstance(thing, str) else thing.name)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("another")
print(target is buf, repr(buf.getvalue()))

def announce():
    print("enter")
    yield
    print("exit")

def work(x):
    print("working on", x)
    return x * 2

wrapped = contextmanager(announce)()(work)
print(wrapped(21))
print(wrapped(1))
print(wrapped.__name__)
# expect: before
# expect: suppressed
# expect: a subclass is suppressed too
# expect: not suppressed: invalid literal for int() with base 10: 'x'
# expect: using db
# expect: closing db
# expect: closing net
# expect: OSError: lost
# expect: got maybe
# expect: closing maybe
# expect: got plain
# expect: True 'captured line\nanother\n'
# expect: enter
# expect: working on 21
# expect: exit
# expect: 42
# expect: enter
# expect: working on 1
# expect: exit
# expect: 2
# expect: work
