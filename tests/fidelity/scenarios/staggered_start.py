# staggered_start.py N: main starts four CPU-bound workers one after
# another (each counts down from N); prints the interleaving of their
# starts (s) and finishes (f), and how long main waited in each start().
import sys
import threading
import time

N = int(sys.argv[1])
log = []


def worker(me):
    log.append("s%d" % me)
    n = N
    while n > 0:
        n -= 1
    log.append("f%d" % me)


waits = []
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t0 = time.perf_counter()
    t.start()
    waits.append(time.perf_counter() - t0)
for t in threads:
    t.join()
waits.sort()
print("RESULT order=%s start_median_ms=%.3f start_max_ms=%.3f" % (
    "".join(log), waits[2] * 1e3, waits[3] * 1e3))
