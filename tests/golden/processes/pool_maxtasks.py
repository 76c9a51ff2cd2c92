# maxtasksperchild: a worker leaves after that many tasks and the pool
# starts another in its place, so with maxtasksperchild=1 every task runs
# in a fresh process (as many pids as tasks) while the pool stays at its
# size; a bad value is refused.
import multiprocessing as mp
import os

def whoami(x):
    return os.getpid()

if __name__ == '__main__':
    pool = mp.Pool(2, maxtasksperchild=1)
    results = [pool.apply_async(whoami, (i,)) for i in range(5)]
    pids = [r.get() for r in results]
    pool.close()
    pool.join()
    print(len(set(pids)), len(pool._pool), os.getpid() in pids)
    with mp.Pool(2, maxtasksperchild=3) as pool:
        print(pool.map(abs, range(-8, 0), chunksize=1))
    for bad in (0, -1, 1.5):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print('ValueError:', e)

# expect: 5 2 False
# expect: [8, 7, 6, 5, 4, 3, 2, 1]
# expect: ValueError: maxtasksperchild must be a positive int or None
# expect: ValueError: maxtasksperchild must be a positive int or None
# expect: ValueError: maxtasksperchild must be a positive int or None
