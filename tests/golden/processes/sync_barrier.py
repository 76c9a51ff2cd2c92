# A Barrier for three processes: each waits until all three have arrived,
# the action runs once per round, wait() hands out the indices 0..2; a
# barrier aborted while a process waits breaks it (BrokenBarrierError).
import multiprocessing as mp
import threading

def party(barrier, q, n):
    for rnd in range(2):
        index = barrier.wait()
        q.put((rnd, index))

def lone(barrier, q):
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        q.put('broken')

if __name__ == '__main__':
    q = mp.Queue()
    b = mp.Barrier(3, action=lambda: q.put('action'))
    print(b.parties, b.n_waiting, b.broken)
    ps = [mp.Process(target=party, args=(b, q, n)) for n in range(3)]
    for p in ps:
        p.start()
    got = [q.get() for _ in range(8)]
    for p in ps:
        p.join()
    print(got.count('action'), sorted(x for x in got if x != 'action'))
    b2 = mp.Barrier(2)
    p = mp.Process(target=lone, args=(b2, q))
    p.start()
    while b2.n_waiting == 0:
        pass
    b2.abort()
    print(q.get(), b2.broken)
    p.join()
    b2.reset()
    print(b2.broken, b2.n_waiting)

# expect: 3 0 False
# expect: 2 [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
# expect: broken True
# expect: False 0
