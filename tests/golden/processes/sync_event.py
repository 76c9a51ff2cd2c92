# An Event between processes: three children block in wait() until the
# parent sets it; wait() with a timeout returns the flag; clear() resets it.
import multiprocessing as mp
import time

def waiter(ev, q, n):
    q.put(('waiting', n))
    flag = ev.wait()
    q.put(('released', n, flag))

if __name__ == '__main__':
    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    q = mp.Queue()
    ps = [mp.Process(target=waiter, args=(ev, q, n)) for n in range(3)]
    for p in ps:
        p.start()
    print(sorted(q.get() for _ in range(3)))
    time.sleep(0.1)
    print('still blocked', q.empty())
    ev.set()
    print(sorted(q.get() for _ in range(3)))
    for p in ps:
        p.join()
    print(ev.is_set(), ev.wait(), ev.wait(0))
    ev.clear()
    print(ev.is_set(), ev.wait(0.01))

# expect: False False
# expect: [('waiting', 0), ('waiting', 1), ('waiting', 2)]
# expect: still blocked True
# expect: [('released', 0, True), ('released', 1, True), ('released', 2, True)]
# expect: True True True
# expect: False False
