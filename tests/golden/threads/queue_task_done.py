# task_done/join: join() returns once every put item was marked done;
# one task_done too many raises ValueError (test_queue.py:
# BaseQueueTestMixin.queue_join_test, test_queue_task_done).
import queue
import threading

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

total = [0]
lock = threading.Lock()
def worker():
    while True:
        x = q.get()
        if x < 0:
            q.task_done()
            return
        with lock:
            total[0] += x
        q.task_done()

threads = [threading.Thread(target=worker) for i in range(2)]
for t in threads:
    t.start()
for i in range(100):
    q.put(i)
q.join()
print('sum after join:', total[0], 'unfinished:', q.unfinished_tasks)
for t in threads:
    q.put(-1)
for t in threads:
    t.join()
q.join()
print('second join returns at once')
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

# expect: ValueError: task_done() called too many times
# expect: sum after join: 4950 unfinished: 0
# expect: second join returns at once
# expect: ValueError: task_done() called too many times
