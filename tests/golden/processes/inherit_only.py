# Queues, locks and shared values reach a child only as it starts (as
# Process arguments, or by fork): sent later, through a Pool's tasks, they
# fail with CPython's RuntimeError, naming the kind of object pickle met.
# A Manager's queues, locks and dicts are proxies, and go anywhere.
import multiprocessing as mp

def task(obj):
    return type(obj).__name__ != ''

if __name__ == '__main__':
    with mp.Pool(1) as pool:
        for obj in (mp.Queue(), mp.SimpleQueue(), mp.JoinableQueue(), mp.Lock(), mp.RLock(),
                    mp.Semaphore(), mp.BoundedSemaphore(), mp.Condition(), mp.Event(),
                    mp.Barrier(2), mp.Value('i', 1), mp.Array('i', 2)):
            try:
                pool.apply(task, (obj,))
            except RuntimeError as e:
                print(e)
        with mp.Manager() as m:
            print([pool.apply(task, (x,)) for x in (m.Queue(), m.Lock(), m.dict(), m.Event())])
        q = mp.Queue()
        p = mp.Process(target=task, args=(q,))
        p.start()
        p.join()
        print('as a Process argument:', p.exitcode)

# expect: Queue objects should only be shared between processes through inheritance
# expect: SimpleQueue objects should only be shared between processes through inheritance
# expect: JoinableQueue objects should only be shared between processes through inheritance
# expect: Lock objects should only be shared between processes through inheritance
# expect: RLock objects should only be shared between processes through inheritance
# expect: Semaphore objects should only be shared between processes through inheritance
# expect: BoundedSemaphore objects should only be shared between processes through inheritance
# expect: Condition objects should only be shared between processes through inheritance
# expect: Condition objects should only be shared between processes through inheritance
# expect: Condition objects should only be shared between processes through inheritance
# expect: Synchronized objects should only be shared between processes through inheritance
# expect: SynchronizedArray objects should only be shared between processes through inheritance
# expect: [True, True, True, True]
# expect: as a Process argument: 0
