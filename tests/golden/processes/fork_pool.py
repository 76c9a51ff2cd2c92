# Fork, the default: Pool.map and ProcessPoolExecutor with a module-level
# function that reads a global set before the workers were made; worker
# names as CPython gives them under fork (ForkPoolWorker-N, ForkProcess-N,
# one process counter for all), and the contexts' Process classes.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

OFFSET = 0

def shifted(x):
    return x * x + OFFSET

def whoami(_):
    return mp.current_process().name

if __name__ == '__main__':
    OFFSET = 1000
    with mp.Pool(3) as pool:
        print(pool.map(shifted, range(8)))
        names = set(pool.map(whoami, range(30), chunksize=1))
        print(names <= {'ForkPoolWorker-1', 'ForkPoolWorker-2', 'ForkPoolWorker-3'})
        print(pool.starmap(divmod, [(7, 2), (9, 4)]))
    OFFSET = 2000
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(shifted, [1, 2, 3])))
        print(ex.submit(whoami, 0).result() in ('ForkProcess-4', 'ForkProcess-5'))
    p = mp.Process(target=shifted, args=(1,))
    print(p.name)
    print(mp.get_context().Process.__name__, mp.get_context('spawn').Process.__name__)
    print(mp.get_context().get_start_method(), mp.get_context('spawn').get_start_method())

# expect: [1000, 1001, 1004, 1009, 1016, 1025, 1036, 1049]
# expect: True
# expect: [(3, 1), (2, 1)]
# expect: [2001, 2004, 2009]
# expect: True
# expect: Process-6
# expect: ForkProcess SpawnProcess
# expect: fork spawn
