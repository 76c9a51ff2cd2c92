# What a forked child's copy of __main__ holds: defaults as the parent
# evaluated them, class attributes as changed since the class statement,
# instances, a lambda bound to a global, and locks, an RLock and an Event
# (a Condition's lock and its bound methods) — locks copied unlocked, the
# same lock twice still one lock. The child's changes stay in the child.
import multiprocessing as mp
import threading

N = 1

def f(n=N, *, k=N):
    return (n, k, N)

N = 2

class C:
    size = N

    def get(self):
        return self.size

C.size = 5

class Acc:
    def __init__(self):
        self.items = []
        self.guard = threading.Lock()

acc = Acc()
acc.items.append(1)
lock = threading.Lock()
rl = threading.RLock()
ev = threading.Event()
both = (lock, lock)
sq = lambda x: x * x

def work(q):
    with lock:
        acc.items.append(2)
    with rl:
        with rl:
            pass
    with acc.guard:
        pass
    q.put((f(), C.size, C().get(), acc.items, ev.is_set(), both[0] is both[1],
           lock.locked(), sq(5), type(acc.guard).__name__))

if __name__ == '__main__':
    ev.set()
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(acc.items, p.exitcode)

# expect: ((1, 1, 2), 5, 5, [1, 2], True, True, False, 25, 'lock')
# expect: [1] 0
