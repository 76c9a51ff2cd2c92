# queue.SimpleQueue: FIFO without task tracking; put never blocks (its
# block/timeout are accepted and ignored); get with block/timeout raises
# Empty, a negative timeout ValueError (test_queue.py: BaseSimpleQueueTest
# .test_basic, test_negative_timeout_raises_exception, test_order).
import queue
import threading

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put(2, block=False)
q.put(3, timeout=-1)
q.put_nowait(4)
print(q.empty(), q.qsize(), [q.get(), q.get_nowait(), q.get(False), q.get(timeout=0.1)])
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01)):
    try:
        call()
    except queue.Empty:
        print('Empty')
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(hasattr(q, 'task_done'), hasattr(q, 'join'), hasattr(q, 'maxsize'))

out = []
def consumer():
    for i in range(3):
        out.append(q.get())
t = threading.Thread(target=consumer)
t.start()
for i in 'abc':
    q.put(i)
t.join()
print(out)

# expect: True 0
# expect: False 4 [1, 2, 3, 4]
# expect: Empty
# expect: Empty
# expect: Empty
# expect: ValueError: 'timeout' must be a non-negative number
# expect: False False False
# expect: ['a', 'b', 'c']
