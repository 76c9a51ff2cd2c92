# lost_updates.py STATEMENT N: four threads each run STATEMENT N times on
# shared state; prints the share of updates lost (for `append`, the number
# of duplicated values in lst, where each append records len(lst)).
import sys
import threading

what = sys.argv[1]
N = int(sys.argv[2])
x = 0
d = {"k": 0}
lst = []


class Counter:
    pass


c = Counter()
c.value = 0


def f():
    return 1


def iadd():
    global x
    for i in range(N):
        x += 1


def add():
    global x
    for i in range(N):
        x = x + 1


def dict_item():
    for i in range(N):
        d["k"] += 1


def attribute():
    for i in range(N):
        c.value += 1


def python_call():
    global x
    for i in range(N):
        x = x + f()


def builtin_call():
    global x
    for i in range(N):
        x = x + abs(1)


def append():
    for i in range(N):
        lst.append(len(lst))


bodies = {"iadd": iadd, "add": add, "dict": dict_item, "attr": attribute,
          "pycall": python_call, "builtin": builtin_call, "append": append}
threads = [threading.Thread(target=bodies[what]) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if what == "append":
    print("RESULT duplicates=%d" % (len(lst) - len(set(lst))))
else:
    total = x + d["k"] + c.value
    print("RESULT lost_pct=%.1f" % (100.0 * (4 * N - total) / (4 * N)))
