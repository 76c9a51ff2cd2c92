# Queues between threads: producers and consumers, a bounded queue that
# blocks the producer, task_done/join, and task_done called too often.
import queue
import threading

q = queue.Queue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=consumer) for i in range(3)]
for w in workers:
    w.start()
for i in range(10):
    q.put(i)
q.join()
print('all tasks done:', sorted(results))
for w in workers:
    q.put(None)
for w in workers:
    w.join()
print(q.unfinished_tasks, q.empty())

# A bounded queue: the producer blocks until the consumer makes room.
small = queue.Queue(maxsize=1)
got = []
def slow_consumer():
    for i in range(5):
        got.append(small.get())
c = threading.Thread(target=slow_consumer)
c.start()
for i in range(5):
    small.put(i)
c.join()
print(got)

# get() blocks until an item comes.
box = queue.LifoQueue()
def fill():
    box.put('late item')
t = threading.Thread(target=fill)
out = []
def drain():
    out.append(box.get())
d = threading.Thread(target=drain)
d.start()
t.start()
d.join()
t.join()
print(out)

try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
# expect: all tasks done: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: 0 True
# expect: [0, 1, 2, 3, 4]
# expect: ['late item']
# expect: ValueError: task_done() called too many times
