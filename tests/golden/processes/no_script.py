# A __main__ with no file (what lesson cells and the REPL run in; here the
# script deletes its __file__), started by spawn: there is nothing for spawn
# to re-run, so a child starts, as a fork would, with the parent's __main__
# — its modules, its functions and classes (their statements compiled again
# from the source), its values that pickle (a queue crosses as itself, a
# lambda by value); what won't pickle is left out.
# python3: skip (gilsim's way for cells; CPython's spawn cannot find them)
# expect: [1, 4, 9]
# expect: (3, 'Point(3, 4)', 25)
# expect: tag 7 -7
# expect: from the queue 42
# expect: 4
# expect: child exit 0
import multiprocessing as mp
import math as m

del __file__
SCALE = 7

class Tag:
    pass

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

def sq(x):
    return x * x

def describe(p):
    return int(m.sqrt(p.x * p.x)), repr(p), sq(p.x) + sq(p.y)

def tagged(t):
    return type(t).__name__, t.v * SCALE

if True:
    def negate(x):
        return -x

square = lambda x: x * x

def uses_lambda(x):
    try:
        return square(x)
    except NameError as e:
        return 'NameError ' + str(e)

def send(q):
    q.put(42)

mp.set_start_method('spawn')
q = mp.Queue()
with mp.Pool(2) as pool:
    print(pool.map(sq, [1, 2, 3]))
    print(pool.apply(describe, (Point(3, 4),)))
    t = Tag()
    t.v = 1
    name, v = pool.apply(tagged, (t,))
    print(name.lower(), v, pool.apply(negate, (SCALE,)))
    p = mp.Process(target=send, args=(q,))
    p.start()
    print('from the queue', q.get())
    print(pool.apply(uses_lambda, (2,)))
p.join()
print('child exit', p.exitcode)
