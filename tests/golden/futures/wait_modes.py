# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION,
# ALL_COMPLETED and a timeout; futures already done count at once
# (test_concurrent_futures/test_wait.py: WaitTests.test_first_completed,
# test_first_exception, test_all_completed, test_timeout,
# test_pending_calls_race-style ordering with events).
import threading
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, Future)

gate = threading.Event()
def blocked():
    gate.wait()
    return 'blocked'
def fail():
    raise ValueError('boom')

ex = ThreadPoolExecutor(max_workers=4)
b = ex.submit(blocked)
quick = ex.submit(lambda: 'quick')
done, not_done = wait([b, quick], return_when=FIRST_COMPLETED)
print('FIRST_COMPLETED:', [f.result() for f in done], len(not_done))
bad = ex.submit(fail)
done, not_done = wait([b, bad], return_when=FIRST_EXCEPTION)
print('FIRST_EXCEPTION:', [repr(f.exception()) for f in done], len(not_done))
done, not_done = wait([b, quick], timeout=0.02)
print('timeout:', len(done), len(not_done))
gate.set()
done, not_done = wait([b, quick, bad], return_when=ALL_COMPLETED)
print('ALL_COMPLETED:', len(done), len(not_done))
# FIRST_EXCEPTION with no exception waits for all
done, not_done = wait([b, quick], return_when=FIRST_EXCEPTION)
print(len(done), len(not_done))
# already-finished futures return at once, whatever the mode
pre = Future()
pre.set_result(1)
print(len(wait([pre], timeout=0).done))
r = wait([pre])
print(type(r).__name__, r.done == r[0], r.not_done == set())
ex.shutdown()

# expect: FIRST_COMPLETED: ['quick'] 1
# expect: FIRST_EXCEPTION: ["ValueError('boom')"] 1
# expect: timeout: 1 1
# expect: ALL_COMPLETED: 3 0
# expect: 2 0
# expect: 1
# expect: DoneAndNotDoneFutures True True
