# A forked child sees every global the parent had, not only defs: names
# bound by `from ... import` (functions, classes, bound methods), a
# function bound under a second name, and plain values. The same holds for
# a Pool's workers, which are forked when the pool is made.
import multiprocessing as mp
from time import sleep
from math import sqrt as root
from random import random
from collections import Counter
from threading import current_thread

def double(x):
    sleep(0.01)
    return x * 2

twice = double
SCALE = 10

def child(q):
    r = random()
    q.put((twice(3), root(16), 0.0 <= r < 1.0, Counter('abca')['a'],
           current_thread().name, SCALE))

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print('exitcode', p.exitcode)
    with mp.Pool(2) as pool:
        print(pool.apply_async(twice, (21,)).get())
        print(pool.map(twice, range(5)))
        print(pool.apply(root, (81,)))

# expect: (6, 4.0, True, 2, 'MainThread', 10)
# expect: exitcode 0
# expect: 42
# expect: [0, 2, 4, 6, 8]
# expect: 9.0
