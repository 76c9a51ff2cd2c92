# close() raises GeneratorExit at the paused yield, so finally blocks and
# with statements inside the generator clean up; closing again, or closing
# a generator that never started or already finished, does nothing.
def reader(name):
    print("open", name)
    try:
        for i in range(10):
            yield f"{name}:{i}"
    finally:
        print("close", name)

r = reader("a")
print(next(r), next(r))
print(r.close())
print(r.close())
print(list(r))
fresh = reader("b")
fresh.close()
done = reader("c")
print(len(list(done)))
done.close()

class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit with", exc[0].__name__ if exc[0] else None)
        return False

def managed():
    with Resource():
        yield 1
        yield 2

m = managed()
next(m)
m.close()
for v in managed():
    print("got", v)
# expect: open a
# expect: a:0 a:1
# expect: close a
# expect: None
# expect: None
# expect: []
# expect: open c
# expect: close c
# expect: 10
# expect: enter
# expect: exit with GeneratorExit
# expect: enter
# expect: got 1
# expect: got 2
# expect: exit with None
