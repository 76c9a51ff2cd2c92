# ProcessPoolExecutor with initializer/initargs: each worker process runs
# it once before its first task; results come back through the pool
# (test_concurrent_futures/test_init.py: ProcessPool InitializerMixin;
# test_process_pool.py: test_map_chunksize-free basics).
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool

_config = {}

def setup(factor):
    _config['factor'] = factor

def scale(x):
    return x * _config['factor']

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2, initializer=setup, initargs=(10,)) as ex:
        print(sorted(f.result() for f in [ex.submit(scale, i) for i in range(5)]))
        print(list(ex.map(scale, [1, 2, 3])))
    try:
        ex.submit(scale, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(issubclass(BrokenProcessPool, BrokenExecutor))
    try:
        ProcessPoolExecutor(max_workers=1).map(scale, [1], chunksize=0)
    except ValueError as e:
        print('ValueError:', e)

# expect: [0, 10, 20, 30, 40]
# expect: [10, 20, 30]
# expect: RuntimeError: cannot schedule new futures after shutdown
# expect: True
# expect: ValueError: chunksize must be >= 1.
