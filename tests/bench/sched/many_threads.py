# many_threads.py N [cpu|idle|serial]: N threads.
#   cpu     N threads started together, each counting down a little
#   idle    N threads started together, each waiting on one Event
#   serial  N threads started and joined one after another
# A scaling benchmark (tests/bench/sched.sh): wall time should grow with the
# work, not with the number of threads created so far.
import sys
import threading

n = int(sys.argv[1])
mode = sys.argv[2] if len(sys.argv) > 2 else 'serial'
go = threading.Event()


def spin():
    k = 2000
    while k > 0:
        k -= 1


def idle():
    go.wait()


def nothing():
    pass


if mode == 'serial':
    for i in range(n):
        t = threading.Thread(target=nothing)
        t.start()
        t.join()
else:
    ts = [threading.Thread(target=spin if mode == 'cpu' else idle) for i in range(n)]
    for t in ts:
        t.start()
    go.set()
    for t in ts:
        t.join()
print(n, mode, 'done')
