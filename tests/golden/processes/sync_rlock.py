# multiprocessing.RLock: the owner may take it again, it is free only after
# as many releases; its repr shows the owner and the depth; releasing an
# RLock one does not hold is an AssertionError. A child waits for the
# parent to let go.
import multiprocessing as mp
import time

def child(rlock, q):
    q.put('child waiting')
    with rlock:
        q.put('child got it')

if __name__ == '__main__':
    r = mp.RLock()
    print(r)
    r.acquire()
    r.acquire()
    print(r)
    q = mp.Queue()
    p = mp.Process(target=child, args=(r, q))
    p.start()
    print(q.get())
    time.sleep(0.1)
    r.release()
    print(r, q.empty())
    r.release()
    print(q.get())
    p.join()
    print(r)
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)

# expect: <RLock(None, 0)>
# expect: <RLock(MainProcess, 2)>
# expect: child waiting
# expect: <RLock(MainProcess, 1)> True
# expect: child got it
# expect: <RLock(None, 0)>
# expect: AssertionError: attempt to release recursive lock not owned by thread
