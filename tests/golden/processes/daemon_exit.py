# Daemon processes do not keep the program alive: when the main process
# ends, multiprocessing terminates them, and a daemon child may not have
# children of its own. Non-daemon children are joined at exit.
import multiprocessing as mp
import time

def endless(ev):
    ev.set()
    while True:
        time.sleep(0.05)

def parent_of_none(q):
    try:
        mp.Process(target=time.sleep, args=(0,)).start()
    except AssertionError as e:
        q.put(str(e))

def late(msg):
    time.sleep(0.1)
    print(msg)

if __name__ == '__main__':
    ev = mp.Event()
    d = mp.Process(target=endless, args=(ev,), daemon=True)
    d.start()
    ev.wait()
    q = mp.Queue()
    d2 = mp.Process(target=parent_of_none, args=(q,), daemon=True)
    d2.start()
    print(q.get())
    d2.join()
    mp.Process(target=late, args=('non-daemon child finished',)).start()
    print(len(mp.active_children()), 'children alive; main ends')

# expect: daemonic processes are not allowed to have children
# expect: 2 children alive; main ends
# expect: non-daemon child finished
