# multiprocessing.pool.ThreadPool: Pool's API on threads of this process.
# Nothing is pickled, so a lambda or a local function is a fine task; the
# tasks run in worker threads named after their target, all in
# MainProcess, and they share this process's globals.
import multiprocessing as mp
import threading
from multiprocessing.pool import ThreadPool

seen = []

def where(x):
    seen.append(x)
    return (threading.current_thread().name.startswith('Thread-'),
            threading.current_thread().name.endswith('(worker)'),
            mp.current_process().name)

if __name__ == '__main__':
    def local_square(x):
        return x * x
    with ThreadPool(3) as pool:
        print(pool)
        print(pool.map(lambda x: x + 1, range(5)))
        print(pool.map(local_square, [1, 2, 3]))
        print(set(pool.map(where, range(6))))
        print(sorted(seen))
        print(pool.apply(divmod, (17, 5)), pool.starmap(pow, [(2, 3), (3, 2)]))
    print(pool)

# expect: <multiprocessing.pool.ThreadPool state=RUN pool_size=3>
# expect: [1, 2, 3, 4, 5]
# expect: [1, 4, 9]
# expect: {(True, True, 'MainProcess')}
# expect: [0, 1, 2, 3, 4, 5]
# expect: (3, 2) [8, 9]
# expect: <multiprocessing.pool.ThreadPool state=TERMINATE pool_size=3>
