# timeit: text and callable statements, setup scopes, repeat, autorange, errors
import timeit

def work():
    return sum(range(100))

t = timeit.timeit("work()", setup="from __main__ import work", number=1000)
print(type(t).__name__, t > 0)
t2 = timeit.timeit(work, number=1000)
print(t2 > 0)
r = timeit.repeat("x = 1 + 1", repeat=3, number=100)
print(len(r), all(v > 0 for v in r))
n, taken = timeit.Timer("sum(range(50))").autorange()
print(n in (1, 2, 5) or str(n)[0] in "125", taken >= 0.2)
t3 = timeit.timeit("y * 2", setup="y = 21", number=10)
print(t3 >= 0)
g = {"z": 5}
print(timeit.timeit("z + 1", globals=g, number=10) >= 0)
print(timeit.default_timer is __import__("time").perf_counter)
for bad in [lambda: timeit.Timer(42), lambda: timeit.Timer("pass", setup=3), lambda: timeit.Timer("return 1"),
            lambda: timeit.timeit("undefined_name", number=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
t = timeit.Timer("1/0")
try:
    t.timeit(1)
except ZeroDivisionError:
    print("caught")
# expect: float True
# expect: True
# expect: 3 True
# expect: True True
# expect: True
# expect: True
# expect: True
# expect: ValueError stmt is neither a string nor callable
# expect: ValueError setup is neither a string nor callable
# expect: SyntaxError 'return' outside function (<timeit-src>, line 2)
# expect: NameError name 'undefined_name' is not defined
# expect: caught
