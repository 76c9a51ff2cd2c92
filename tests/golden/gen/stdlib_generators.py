# Library functions that CPython writes as generators are generators here
# too: heapq.merge, traceback.walk_tb; string.Formatter.parse returns
# CPython's formatteriterator type.
import heapq
import string
import sys
import traceback

def shape(obj):
    return repr(obj).split(" at 0x")[0] + ">"

m = heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])
print(shape(m), type(m).__name__)
print(next(m), next(m), list(m))
print(list(heapq.merge(["bb", "a"], ["ccc"], key=len, reverse=True)))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))

def fail():
    raise ValueError("x")
try:
    fail()
except ValueError:
    tb = sys.exc_info()[2]
w = traceback.walk_tb(tb)
print(shape(w), [lineno for _, lineno in w])
print(shape(traceback.walk_stack(None)))
p = string.Formatter().parse("{0} and {name!r:>5}")
print(type(p).__name__, list(p))
# expect: <generator object merge> generator
# expect: 1 2 [3, 4, 5, 6, 7, 9]
# expect: ['ccc', 'bb', 'a']
# expect: [1] []
# expect: <generator object walk_tb> [21, 19]
# expect: <generator object walk_stack>
# expect: formatteriterator [('', '0', '', None), (' and ', 'name', '>5', 'r')]
