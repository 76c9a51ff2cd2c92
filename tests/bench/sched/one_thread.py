# Scheduler overhead, baseline: one worker thread does all the work
# (tests/bench/sched.sh compares it with two_threads.py).
import threading

N = 12000000

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

t = threading.Thread(target=work, args=(2 * N,))
t.start()
t.join()
