# queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue; qsize, empty,
# full, maxsize; put_nowait/get_nowait with Full/Empty; timeouts.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for i in range(5)], q.empty())

l = queue.LifoQueue()
for i in range(5):
    l.put(i)
print([l.get() for i in range(5)])

p = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (5, 'e'), (2, 'b'), (4, 'd'), (0, 'z')]:
    p.put(item)
print([p.get()[1] for i in range(6)])

s = queue.SimpleQueue()
s.put('x')
s.put_nowait('y')
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get_nowait()
except queue.Empty:
    print('SimpleQueue: Empty')
try:
    s.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue: Empty after timeout')

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full:
    print('Full')
try:
    b.put(3, block=False)
except queue.Full:
    print('Full (block=False)')
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(b.get_nowait(), b.get(block=False))
try:
    b.get_nowait()
except queue.Empty:
    print('Empty')
try:
    b.get(True, 0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    b.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    b.put(1)
    b.put(2)
    b.put(3, timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue(0).full(), queue.Queue(-1).maxsize)
# expect: 5 False False 0
# expect: [0, 1, 2, 3, 4] True
# expect: [4, 3, 2, 1, 0]
# expect: ['z', 'a', 'b', 'c', 'd', 'e']
# expect: 2 x y True
# expect: SimpleQueue: Empty
# expect: SimpleQueue: Empty after timeout
# expect: True 2
# expect: Full
# expect: Full (block=False)
# expect: Full after timeout
# expect: 1 2
# expect: Empty
# expect: Empty after timeout
# expect: ValueError: 'timeout' must be a non-negative number
# expect: ValueError: 'timeout' must be a non-negative number
# expect: True True
# expect: False -1
