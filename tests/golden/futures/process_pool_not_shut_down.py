# A module-level ProcessPoolExecutor that the program never shuts down: at
# exit CPython lets its manager finish the submitted work, stops the
# workers and joins them (concurrent.futures.process._python_exit), so the
# program ends normally, with every submitted task run
# (test_concurrent_futures/test_shutdown.py:
# ProcessPoolShutdownTest.test_interpreter_shutdown,
# test_hang_issue12364-style exits).
from concurrent.futures import ProcessPoolExecutor
import time

def square(x):
    time.sleep(0.01)
    return x * x

def report(x):
    print('task', x, 'ran in a worker')

pool = ProcessPoolExecutor(max_workers=2)
print(pool.submit(square, 7).result())
for i in range(3):
    pool.submit(report, i)
second = ProcessPoolExecutor(max_workers=1)
second.submit(report, 'second pool')
print('main program ends without shutdown()')

# expect: 49
# expect: task 0 ran in a worker
# expect: task 1 ran in a worker
# expect: task 2 ran in a worker
# expect: main program ends without shutdown()
# expect: task second pool ran in a worker
