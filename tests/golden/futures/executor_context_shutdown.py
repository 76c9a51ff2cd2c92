# Executor as a context manager (shutdown(wait=True) on exit), submit after
# shutdown, shutdown(cancel_futures=True) cancelling what has not started,
# shutdown twice (test_concurrent_futures/test_shutdown.py:
# ThreadPoolShutdownTest.test_context_manager_shutdown,
# test_cancel_futures, test_run_after_shutdown).
import threading
import time
from concurrent.futures import ThreadPoolExecutor

def slow(x):
    time.sleep(0.02)
    return x * 2

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(slow, i) for i in range(4)]
print('after with:', [f.result() for f in fs], all(f.done() for f in fs))
try:
    ex.submit(slow, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
ex.shutdown()
ex.shutdown(wait=False)

gate = threading.Event()
def blocked(x):
    gate.wait()
    return x
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocked, 'first')
rest = [ex.submit(blocked, i) for i in range(3)]
time.sleep(0.01)
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])

ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(slow, 5)
ex.shutdown(wait=False)
print('shutdown(wait=False) returned; result later:', f.result())

# expect: after with: [0, 2, 4, 6] True
# expect: RuntimeError: cannot schedule new futures after shutdown
# expect: first [True, True, True]
# expect: shutdown(wait=False) returned; result later: 10
