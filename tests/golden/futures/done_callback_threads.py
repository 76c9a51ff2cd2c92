# add_done_callback from any thread: a callback added before completion runs
# in the thread that completes the future (the worker); one added after
# runs at once in the thread that adds it (test_concurrent_futures/
# test_future.py: test_done_callback_with_result, test_done_callback_already_*).
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
where = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    f = ex.submit(gate.wait)
    def adder():
        f.add_done_callback(lambda fut: where.append(('before', threading.current_thread().name)))
    t = threading.Thread(target=adder, name='adder')
    t.start()
    t.join()
    gate.set()
    f.result()
def late():
    f.add_done_callback(lambda fut: where.append(('after', threading.current_thread().name)))
t = threading.Thread(target=late, name='late-adder')
t.start()
t.join()
print(where)

# expect: [('before', 'pool_0'), ('after', 'late-adder')]
