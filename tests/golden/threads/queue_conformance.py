# queue.Queue, LifoQueue, PriorityQueue: order, size, Full/Empty with and
# without blocking or a timeout, the negative-timeout error, maxsize <= 0
# meaning unbounded (test_queue.py: BaseQueueTestMixin.simple_queue_test,
# test_queue_task_done, test_negative_timeout_raises_exception,
# FailingQueueTest's Full/Empty paths).
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(3)
    print(cls.__name__, q.empty(), q.full(), q.qsize(), q.maxsize)
    for item in (111, 333, 222):
        q.put(item)
    print(' full:', q.full(), q.qsize())
    for how in ('put_nowait', 'block', 'timeout'):
        try:
            if how == 'put_nowait':
                q.put_nowait(444)
            elif how == 'block':
                q.put(444, block=False)
            else:
                q.put(444, timeout=0.01)
        except queue.Full:
            print(' Full via', how)
    print(' order:', [q.get() for i in range(3)])
    for how in ('get_nowait', 'block', 'timeout'):
        try:
            if how == 'get_nowait':
                q.get_nowait()
            elif how == 'block':
                q.get(False)
            else:
                q.get(timeout=0.01)
        except queue.Empty:
            print(' Empty via', how)
    for call in (lambda: q.put(1, timeout=-1), lambda: q.get(timeout=-1)):
        try:
            call()
        except ValueError as e:
            print(' ValueError:', e)

for size in (0, -1):
    q = queue.Queue(size)
    for i in range(100):
        q.put_nowait(i)
    print('maxsize', size, 'holds', q.qsize(), 'full:', q.full())

pq = queue.PriorityQueue()
for item in [(2, 'b'), (1, 'a'), (3, 'c'), (1, 'A')]:
    pq.put(item)
print([pq.get() for i in range(4)])
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))

# expect: Queue True False 0 3
# expect:  full: True 3
# expect:  Full via put_nowait
# expect:  Full via block
# expect:  Full via timeout
# expect:  order: [111, 333, 222]
# expect:  Empty via get_nowait
# expect:  Empty via block
# expect:  Empty via timeout
# expect:  ValueError: 'timeout' must be a non-negative number
# expect:  ValueError: 'timeout' must be a non-negative number
# expect: LifoQueue True False 0 3
# expect:  full: True 3
# expect:  Full via put_nowait
# expect:  Full via block
# expect:  Full via timeout
# expect:  order: [222, 333, 111]
# expect:  Empty via get_nowait
# expect:  Empty via block
# expect:  Empty via timeout
# expect:  ValueError: 'timeout' must be a non-negative number
# expect:  ValueError: 'timeout' must be a non-negative number
# expect: PriorityQueue True False 0 3
# expect:  full: True 3
# expect:  Full via put_nowait
# expect:  Full via block
# expect:  Full via timeout
# expect:  order: [111, 222, 333]
# expect:  Empty via get_nowait
# expect:  Empty via block
# expect:  Empty via timeout
# expect:  ValueError: 'timeout' must be a non-negative number
# expect:  ValueError: 'timeout' must be a non-negative number
# expect: maxsize 0 holds 100 full: False
# expect: maxsize -1 holds 100 full: False
# expect: [(1, 'A'), (1, 'a'), (2, 'b'), (3, 'c')]
# expect: True True
