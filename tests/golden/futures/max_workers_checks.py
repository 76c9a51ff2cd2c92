# max_workers validation messages and the thread pool's default size
# (test_concurrent_futures/test_thread_pool.py: test_default_workers,
# ExecutorTest.test_max_workers_negative).
import os
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

for n in (0, -1):
    for cls in (ThreadPoolExecutor, ProcessPoolExecutor):
        try:
            cls(max_workers=n)
        except ValueError as e:
            print(cls.__name__, n, 'ValueError:', e)
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
try:
    ProcessPoolExecutor(initializer='x')
except TypeError as e:
    print('TypeError:', e)

# expect: ThreadPoolExecutor 0 ValueError: max_workers must be greater than 0
# expect: ProcessPoolExecutor 0 ValueError: max_workers must be greater than 0
# expect: ThreadPoolExecutor -1 ValueError: max_workers must be greater than 0
# expect: ProcessPoolExecutor -1 ValueError: max_workers must be greater than 0
# expect: True
# expect: TypeError: initializer must be a callable
