# sum_list.py: the tutorial cell (lessons/gil.lesson): sum a 4M list in one
# go, then four 1M copies in four threads; prints threads/sequential time.
import copy
import queue
import threading
import time


def job(l, q):
    q.put(sum(l))


l = list(range(1000000))
t0 = time.perf_counter()
total = sum(l * 4)
sequential = time.perf_counter() - t0
t0 = time.perf_counter()
q = queue.Queue()
threads = [threading.Thread(target=job, args=(copy.copy(l), q)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - t0
print("RESULT ratio=%.2f same=%s" % (threaded / sequential, total == sum([q.get() for i in range(4)])))
