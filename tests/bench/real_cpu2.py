# real_cpu2.py [N] — CPU-bound work done sequentially, then split over two
# threads. Prints both times and their ratio (the GIL's slowdown: 1.0 means
# threads cost nothing, CPython is typically a little above 1).
import sys
import threading
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000


def work(k):
    total = 0
    for i in range(k):
        total += i
    return total


start = time.perf_counter()
work(n)
work(n)
seq = time.perf_counter() - start
ts = [threading.Thread(target=work, args=(n,)) for _ in range(2)]
start = time.perf_counter()
for t in ts:
    t.start()
for t in ts:
    t.join()
thr = time.perf_counter() - start
print("seq_s %.3f threads_s %.3f slowdown %.3f" % (seq, thr, thr / seq))
