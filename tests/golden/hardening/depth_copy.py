# Copies of nested structures recurse. copy.deepcopy is Python code, bounded
# by the recursion limit like any other (the message's tail names the kind
# of call that hit the limit, which differs between CPython's copy module
# and gilsim's). What crosses between processes is pickled (spawn, as
# gilsim does it), and past the recursion limit that is pickle's
# RecursionError: a SimpleQueue pickles in put(), Process.start() its
# arguments, so the error is raised there.
import copy
import multiprocessing

def nest_list(n):
    a = []
    x = a
    for i in range(n):
        y = [i]
        x.append(y)
        x = y
    return a

def nest_dict(n):
    d = {}
    x = d
    for i in range(n):
        x[i] = {}
        x = x[i]
    return d

def child(q, obj):
    q.put(obj == nest_list(300))

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    for deep in (nest_list(100000), nest_dict(100000)):
        try:
            copy.deepcopy(deep)
        except RecursionError as e:
            print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
    small = nest_list(100)
    c = copy.deepcopy(small)
    print(c == small, c is small, c[0] is small[0])
    print(copy.copy(nest_list(100000))[0] is not None)

    q = multiprocessing.SimpleQueue()
    q.put(nest_list(300))
    print(q.get() == nest_list(300))
    for obj in (nest_list(100000), (1, nest_list(100000)), {"k": nest_dict(100000)}):
        try:
            q.put(obj)
        except RecursionError as e:
            print("RecursionError:", e)
    q.put("still usable")
    print(q.get())

    p = multiprocessing.Process(target=child, args=(q, nest_list(300)))
    p.start()
    print("child got it equal:", q.get())
    p.join()
    p = multiprocessing.Process(target=child, args=(q, nest_list(100000)))
    try:
        p.start()
    except RecursionError as e:
        print("start: RecursionError:", e)

# expect: RecursionError True
# expect: RecursionError True
# expect: True False False
# expect: True
# expect: True
# expect: RecursionError: maximum recursion depth exceeded while pickling an object
# expect: RecursionError: maximum recursion depth exceeded while pickling an object
# expect: RecursionError: maximum recursion depth exceeded while pickling an object
# expect: still usable
# expect: child got it equal: True
# expect: start: RecursionError: maximum recursion depth exceeded while pickling an object
