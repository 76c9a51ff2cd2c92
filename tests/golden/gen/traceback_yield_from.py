# Through yield from, every delegating generator's frame is in the
# traceback, the yield from line of each.
def leaf():
    yield 1
    raise KeyError("leaf failed")

def branch():
    yield from leaf()

def root():
    yield from branch()

for x in root():
    print("got", x)
# expect: got 1
# expect stderr: Traceback (most recent call last):
# expect stderr: traceback_yield_from.py", line 13, in <module>
# expect stderr:     for x in root():
# expect stderr: traceback_yield_from.py", line 11, in root
# expect stderr:     yield from branch()
# expect stderr: traceback_yield_from.py", line 8, in branch
# expect stderr:     yield from leaf()
# expect stderr: traceback_yield_from.py", line 5, in leaf
# expect stderr:     raise KeyError("leaf failed")
# expect stderr: KeyError: 'leaf failed'
# exit: 1
