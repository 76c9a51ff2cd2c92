# get() on an empty queue that no thread will ever fill.
# python3: skip (CPython hangs forever)
# exit: 3
import queue

q = queue.Queue()
q.put('only item')
print(q.get())
print(q.get())
# expect: only item
# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr:   MainThread waits for an item from the Queue created at queue_get_empty.py:6
