# PEP 479 as CPython prints it: the StopIteration with the generator's
# frame, then "direct cause", then the RuntimeError at the caller's line.
def gen():
    yield 1
    raise StopIteration("too early")

print(list(gen()))
# expect stderr: Traceback (most recent call last):
# expect stderr: traceback_pep479.py", line 5, in gen
# expect stderr:     raise StopIteration("too early")
# expect stderr: StopIteration: too early
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr: Traceback (most recent call last):
# expect stderr: traceback_pep479.py", line 7, in <module>
# expect stderr:     print(list(gen()))
# expect stderr: RuntimeError: generator raised StopIteration
# exit: 1
