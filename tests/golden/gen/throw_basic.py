# throw() raises an exception at the suspended yield: the generator may
# handle it and yield again (throw() returns that value), or let it out.
# throw() accepts a class, a class and a value, or an instance.
def worker():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled ValueError", e.args)
            yield "after ValueError"

w = worker()
print(next(w))
print(w.throw(ValueError))
print(next(w))
print(w.throw(ValueError, "with value"))
print(next(w))
print(w.throw(ValueError("an instance")))
print(next(w))
print(w.throw(ValueError, ("a", "tuple")))
try:
    w.throw(KeyError("not handled"))
except KeyError as e:
    print("escaped", repr(e))
print(w.gi_suspended)
try:
    w.throw(IndexError("into a finished generator"))
except IndexError as e:
    print("finished generator re-raises", e)
try:
    next(w)
except StopIteration:
    print("and stays finished")
for bad in [(42,), (ValueError("x"), "value")]:
    try:
        worker().throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
# expect: waiting
# expect: handled ValueError ()
# expect: after ValueError
# expect: waiting
# expect: handled ValueError ('with value',)
# expect: after ValueError
# expect: waiting
# expect: handled ValueError ('an instance',)
# expect: after ValueError
# expect: waiting
# expect: handled ValueError ('a', 'tuple')
# expect: after ValueError
# expect: escaped KeyError('not handled')
# expect: False
# expect: finished generator re-raises into a finished generator
# expect: and stays finished
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not int
# expect: TypeError: instance exception may not have a separate value
