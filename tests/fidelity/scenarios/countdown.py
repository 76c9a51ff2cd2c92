# countdown.py N: count down from N twice in a row, then in two threads at
# once; prints threads/sequential time.
import sys
import threading
import time

N = int(sys.argv[1])


def count(n):
    while n > 0:
        n -= 1


t0 = time.perf_counter()
count(N)
count(N)
sequential = time.perf_counter() - t0
t0 = time.perf_counter()
threads = [threading.Thread(target=count, args=(N,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("RESULT ratio=%.2f" % ((time.perf_counter() - t0) / sequential))
