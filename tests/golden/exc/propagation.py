# Exceptions propagate through calls; finally blocks unwind
def level3():
    print("level3 start")
    raise LookupError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError:
        print("not this")
    print("unreachable?")
try:
    level1()
except LookupError as e:
    print("top caught", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(1, x) for x in [1, 0, 4]])

# expect: level3 start
# expect: level2 finally
# expect: top caught deep
# expect: [1.0, None, 0.25]
