# Process with a Queue, Pool map/apply/apply_async/starmap/imap, a lambda
# refused by pickling; spawn, as gilsim does it (python3 is told so too).
import multiprocessing as mp
import os

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

def square(x):
    return x * x

def show(q, p):
    q.put((mp.current_process().name, p, os.getpid() != q_parent_pid[0]))

q_parent_pid = [os.getpid()]

if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=show, args=(q, Point(1, 2)))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, p.name, mp.current_process().name)
    with mp.Pool(4) as pool:
        print(pool.map(square, range(10)))
        print(pool.apply(square, (7,)))
        r = pool.apply_async(square, (8,))
        print(r.get(), r.ready(), r.successful())
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
        print(list(pool.imap(square, [1, 2, 3])))
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(' at ')[0])
    print(mp.cpu_count() == os.cpu_count())

# expect: ('Process-1', Point(1, 2), False)
# expect: 0 Process-1 MainProcess
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: 49
# expect: 64 True True
# expect: [8, 9]
# expect: [1, 4, 9]
# expect: PicklingError Can't pickle <function <lambda>
# expect: True
