# An exception escaping a generator shows the generator's frame in the
# traceback between its caller's lines, as CPython does (the line of the
# next() or for loop, then the generator's line).
def parse(lines):
    for line in lines:
        yield int(line)

def total(lines):
    s = 0
    for n in parse(lines):
        s += n
    return s

print(total(["1", "2"]))
print(total(["1", "x"]))
# expect: 3
# expect stderr: Traceback (most recent call last):
# expect stderr: traceback_frames.py", line 15, in <module>
# expect stderr:     print(total(["1", "x"]))
# expect stderr: traceback_frames.py", line 10, in total
# expect stderr:     for n in parse(lines):
# expect stderr: traceback_frames.py", line 6, in parse
# expect stderr:     yield int(line)
# expect stderr: ValueError: invalid literal for int() with base 10: 'x'
# exit: 1
