# contextlib.ExitStack: callbacks and entered contexts unwind last-in
# first-out; a callback that suppresses stops the exception for the ones
# below it; pop_all() moves the callbacks to a new stack.
from contextlib import ExitStack, contextmanager

def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

resource = contextmanager(resource)
log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("body with " + "".join(names))
print(log)

def suppressor(*exc):
    print("suppressor saw", exc[0].__name__)
    return True

with ExitStack() as stack:
    stack.callback(print, "runs without the exception")
    stack.push(suppressor)
    raise KeyError("swallowed")
print("after the suppressed KeyError")

log = []
with ExitStack() as stack:
    stack.enter_context(resource("kept", log))
    moved = stack.pop_all()
log.append("first stack closed")
moved.close()
print(log)

def failing_exit(*exc):
    raise ValueError("from an exit callback")

try:
    with ExitStack() as stack:
        stack.push(failing_exit)
        raise KeyError("original")
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))

class Manager:
    def __enter__(self):
        print("Manager enter")
        return "value"
    def __exit__(self, *exc):
        print("Manager exit", exc[0])

with ExitStack() as stack:
    print(stack.enter_context(Manager()))
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)
# expect: ['open a', 'open b', 'open c', 'body with abc', 'callback', 'close c', 'close b', 'close a']
# expect: suppressor saw KeyError
# expect: runs without the exception
# expect: after the suppressed KeyError
# expect: ['open kept', 'first stack closed', 'close kept']
# expect: ValueError: from an exit callback context: KeyError('original')
# expect: Manager enter
# expect: value
# expect: Manager exit None
# expect: TypeError: 'builtins.object' object does not support the context manager protocol
