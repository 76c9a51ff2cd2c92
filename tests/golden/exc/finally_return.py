# finally runs on return/break/continue; return in finally overrides
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(h())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())

# expect: finally runs
# expect: try
# expect: finally
# expect: swallowed
# expect: body 0
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: n in finally 101
# expect: 1
