# A shared counter incremented by four processes under its lock: no update
# is lost. Also a multiprocessing.Lock used as a context manager around
# the printing of a report, and the Lock's repr as its owner changes.
import multiprocessing as mp

def bump(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1

def report(lock, results, i):
    with lock:
        results.put((i, repr(lock)))

if __name__ == '__main__':
    counter = mp.Value('i', 0)
    workers = [mp.Process(target=bump, args=(counter, 250)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print('counter', counter.value)

    lock = mp.Lock()
    print(lock)
    with lock:
        print(lock)
    results = mp.Queue()
    p = mp.Process(target=report, args=(lock, results, 1))
    p.start()
    print(results.get())
    p.join()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)

# expect: counter 1000
# expect: <Lock(owner=None)>
# expect: <Lock(owner=MainProcess)>
# expect: (1, '<Lock(owner=Process-5)>')
# expect: True False False
# expect: ValueError: semaphore or lock released too many times
