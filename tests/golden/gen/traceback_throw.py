# The traceback of an exception thrown into a generator names the throw()
# call, then the yield where the generator was paused.
def paused():
    yield "first"
    yield "second"

g = paused()
next(g)
g.throw(ValueError("thrown in"))
# expect stderr: Traceback (most recent call last):
# expect stderr: traceback_throw.py", line 9, in <module>
# expect stderr:     g.throw(ValueError("thrown in"))
# expect stderr: traceback_throw.py", line 4, in paused
# expect stderr:     yield "first"
# expect stderr: ValueError: thrown in
# exit: 1
