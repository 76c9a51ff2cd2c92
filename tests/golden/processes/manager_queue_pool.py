# A Manager's Queue and Lock given to Pool workers as task arguments (a
# plain multiprocessing.Queue cannot be in CPython): each task reports into
# the queue under the lock; the parent collects the reports.
import multiprocessing as mp

def task(q, lock, n):
    with lock:
        q.put(n * 3)
    return n

if __name__ == '__main__':
    with mp.Manager() as m:
        q = m.Queue()
        lock = m.Lock()
        with mp.Pool(3) as pool:
            results = pool.starmap(task, [(q, lock, n) for n in range(6)])
        print(results)
        print(sorted(q.get() for _ in range(6)), q.empty())

# expect: [0, 1, 2, 3, 4, 5]
# expect: [0, 3, 6, 9, 12, 15] True
