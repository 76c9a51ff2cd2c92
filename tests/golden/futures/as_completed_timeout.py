# as_completed: yields futures as they finish, finished ones first, each
# future once even if listed twice; a timeout raises TimeoutError naming how
# many are unfinished (test_concurrent_futures/test_as_completed.py:
# AsCompletedTests.test_no_timeout, test_zero_timeout, test_duplicate_futures,
# test_free_reference_yielded_future).
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, Future, TimeoutError

done = Future()
done.set_result('done first')
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=2)
slow = ex.submit(lambda: gate.wait() and 'slow')
got = []
try:
    for f in as_completed([slow, done, done], timeout=0.05):
        got.append(f.result())
except TimeoutError as e:
    print('TimeoutError:', e)
print(got)
gate.set()
print([f.result() for f in as_completed([slow, done, slow])])
fs = [ex.submit(lambda x=x: x * x) for x in range(5)]
print(sorted(f.result() for f in as_completed(fs)))
try:
    for f in as_completed([Future()], timeout=0):
        pass
except TimeoutError as e:
    print('TimeoutError:', e)
ex.shutdown()

# expect: TimeoutError: 1 (of 2) futures unfinished
# expect: ['done first']
# expect: ['done first', 'slow']
# expect: [0, 1, 4, 9, 16]
# expect: TimeoutError: 1 (of 1) futures unfinished
