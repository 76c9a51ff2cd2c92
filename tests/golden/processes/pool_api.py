# multiprocessing.Pool: apply, apply_async, map (chunksize), map_async,
# starmap, starmap_async, imap, imap_unordered (sorted: completion order
# varies), an exception in a task re-raised by get(), and a pool that is
# closed refusing new work.
import multiprocessing as mp

def cube(x):
    return x ** 3

def add(a, b):
    return a + b

def boom(x):
    raise ValueError('bad input %r' % (x,))

if __name__ == '__main__':
    with mp.Pool(processes=3) as pool:
        print(pool.apply(cube, (3,)), pool.apply_async(add, (2, 5)).get())
        print(pool.map(cube, range(8), chunksize=3))
        print(pool.map_async(cube, [1, 2, 3]).get())
        print(pool.starmap(add, [(1, 2), (3, 4)]), pool.starmap_async(add, [(5, 6)]).get())
        print(list(pool.imap(cube, range(4))), sorted(pool.imap_unordered(cube, range(4))))
        print(list(pool.imap(cube, range(5), chunksize=2)))
        r = pool.apply_async(boom, (7,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print('ValueError:', e)
        try:
            pool.map(boom, [4])
        except ValueError as e:
            print('map ValueError:', e)
        pool.close()
        try:
            pool.apply_async(cube, (1,))
        except ValueError as e:
            print('ValueError:', e)
        pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError:', e)

# expect: 27 7
# expect: [0, 1, 8, 27, 64, 125, 216, 343]
# expect: [1, 8, 27]
# expect: [3, 7] [11]
# expect: [0, 1, 8, 27] [0, 1, 8, 27]
# expect: [0, 1, 8, 27, 64]
# expect: True False
# expect: ValueError: bad input 7
# expect: map ValueError: bad input 4
# expect: ValueError: Pool not running
# expect: ValueError: Number of processes must be at least 1
