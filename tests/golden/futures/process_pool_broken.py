# A worker whose initializer raises ends, and the pool is broken: every
# pending future fails with BrokenProcessPool, and submit() refuses new work
# (test_concurrent_futures/test_init.py: FailingInitializerMixin.
# test_initializer for ProcessPoolExecutor).
import io
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

def bad_init():
    raise ValueError('no config')

def work(x):
    return x

if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=2, initializer=bad_init)
    futures = [ex.submit(work, i) for i in range(3)]
    for f in futures:
        try:
            f.result()
        except BrokenProcessPool as e:
            print('BrokenProcessPool:', e)
    try:
        ex.submit(work, 1)
    except BrokenProcessPool as e:
        print('submit: BrokenProcessPool:', e)
    ex.shutdown()
    print('shut down')
# expect stderr: Exception in initializer:
# expect stderr: ValueError: no config
# expect: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
# expect: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
# expect: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
# expect: submit: BrokenProcessPool: A child process terminated abruptly, the process pool is not usable anymore
# expect: shut down
