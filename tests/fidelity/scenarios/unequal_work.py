# unequal_work.py N: three CPU-bound threads count down from 1.10 N,
# 1.05 N and N, started in that order; prints the order they finish in.
import sys
import threading

N = int(sys.argv[1])
finished = []


def count(me, n):
    while n > 0:
        n -= 1
    finished.append(str(me))


works = [N * 110 // 100, N * 105 // 100, N]
threads = [threading.Thread(target=count, args=(i, works[i])) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("RESULT order=%s" % "".join(finished))
