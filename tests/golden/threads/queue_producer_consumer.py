# A bounded queue between producers and consumers: put blocks while the
# queue is full, get while it is empty, nothing is lost or duplicated
# (test_queue.py: BaseQueueTestMixin.test_queue_task_done with threads,
# do_blocking_test's blocking put/get).
import queue
import threading

q = queue.Queue(maxsize=2)
seen = []
seen_lock = threading.Lock()
def producer(base):
    for i in range(20):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        with seen_lock:
            seen.append(item)
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=consumer) for i in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for t in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(seen), sorted(seen) == sorted(list(range(20)) + list(range(100, 120)) + list(range(200, 220))))
print(q.qsize(), q.empty())

# expect: 60 True
# expect: 0 True
