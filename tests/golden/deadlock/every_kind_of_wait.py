# Every kind of wait in one report: a producer blocked on a full queue, a
# thread waiting on a Condition, one on a Semaphore, one on a Barrier, and
# the main thread joining them.
# python3: skip (CPython hangs forever)
# exit: 3
import queue
import threading

q = queue.Queue(maxsize=1)
cond = threading.Condition()
sem = threading.Semaphore(0)
bar = threading.Barrier(3)
rl = threading.RLock()

def producer():
    q.put(1)
    q.put(2)

def waiter():
    with cond:
        cond.wait()

def taker():
    sem.acquire()

def meeter():
    bar.wait()

def rl_holder():
    rl.acquire()

threads = [threading.Thread(target=f) for f in (producer, waiter, taker, meeter, rl_holder)]
for t in threads:
    t.start()
threads[-1].join()
with rl:
    pass
# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr:   MainThread waits for RLock created at every_kind_of_wait.py:13 (held by a thread that has ended)
# expect stderr:   Thread-1 (producer) waits for room in the full Queue created at every_kind_of_wait.py:9
# expect stderr:   Thread-2 (waiter) waits for Condition created at every_kind_of_wait.py:10
# expect stderr:   Thread-3 (taker) waits for Semaphore created at every_kind_of_wait.py:11
# expect stderr:   Thread-4 (meeter) waits for Barrier created at every_kind_of_wait.py:12
