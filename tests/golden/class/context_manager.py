# __enter__/__exit__ with and without exceptions
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tracker("a") as t:
    print("body", t.name)
with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Tracker("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
with Tracker("outer"), Tracker("inner"):
    print("both")
def f():
    with Tracker("ret"):
        return "returned"
print(f())

# expect: enter a
# expect: body a
# expect: exit a None None
# expect: enter b
# expect: exit b ValueError swallowed
# expect: after b
# expect: enter c
# expect: exit c ZeroDivisionError division by zero
# expect: caught division by zero
# expect: enter outer
# expect: enter inner
# expect: both
# expect: exit inner None None
# expect: exit outer None None
# expect: enter ret
# expect: exit ret None None
# expect: returned
