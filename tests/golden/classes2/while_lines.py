# Line numbers inside while loops: f_lineno in the body, a traceback from
# the condition and from the body, and the line after an early break.
import sys
import traceback


def fails_at(n):
    if n == 2:
        raise ValueError('n is 2')
    return n < 5


i = 0
lines = []
while i < 3:
    lines.append(sys._getframe().f_lineno)
    i += 1
print(lines)
try:
    n = 0
    while fails_at(n):
        n += 1
except ValueError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno) for f in tb])
try:
    k = 0
    while True:
        k += 1
        if k == 3:
            raise KeyError(k)
except KeyError:
    print(traceback.extract_tb(sys.exc_info()[2])[-1].lineno)
while True:
    break
print(sys._getframe().f_lineno)
# expect: [16, 16, 16]
# expect: [('<module>', 21), ('fails_at', 9)]
# expect: 31
# expect: 36
