# Four threads add 1 to a global. At CPython's switch points (function
# entry, backward jumps, after calls to builtins) `x += 1` is never
# interrupted between its load and its store, so no update is lost; but
# `x = x + f()` (the call to f enters a function: a check point) and
# `x = x + abs(1)` (a check point after the builtin call) lose updates.
# python3: skip (CPython loses updates too, but how many varies)
import threading

N = 1000000
x = 0

def f():
    return 1

def plus_equals():
    global x
    for i in range(N):
        x += 1

def python_call():
    global x
    for i in range(N):
        x = x + f()

def builtin_call():
    global x
    for i in range(N):
        x = x + abs(1)

for fn in (plus_equals, python_call, builtin_call):
    x = 0
    ts = [threading.Thread(target=fn) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(fn.__name__, x, 'lost' if x < 4 * N else 'no update lost')
# expect: plus_equals 4000000 no update lost
# expect: python_call 1903129 lost
# expect: builtin_call 1232062 lost
