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
    time.sleep(0.01)
    print('task', x, 'ran in a worker', flush=True)

pool = ProcessPoolExecutor(max_workers=2)
print(pool.submit(square, 7).result(), flush=True)
print('main program ends without shutdown()', flush=True)
# one worker: the tasks run in order, after the main program's last line
second = ProcessPoolExecutor(max_workers=1)
for i in range(3):
    second.submit(report, i)
pool.submit(square, 3)

# expect: 49
# expect: main program ends without shutdown()
# expect: task 0 ran in a worker
# expect: task 1 ran in a worker
# expect: task 2 ran in a worker
