# current_process(), parent_process() and active_children() seen from both
# sides: the child knows its own name and its parent's, the parent lists
# the children still running and forgets them once joined.
import multiprocessing as mp
import os
import time

def child(q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, me.pid == os.getpid(), parent.name, parent.pid == os.getppid(),
           mp.active_children()))
    time.sleep(0.1)

if __name__ == '__main__':
    print(mp.current_process().name, mp.parent_process(), mp.active_children())
    q = mp.Queue()
    ps = [mp.Process(target=child, args=(q,), name='kid-%d' % i) for i in range(2)]
    for p in ps:
        p.start()
    print(sorted(q.get() for _ in ps))
    print(sorted(p.name for p in mp.active_children()))
    for p in ps:
        p.join()
    print(mp.active_children(), mp.cpu_count() >= 1, isinstance(mp.cpu_count(), int))

# expect: MainProcess None []
# expect: [('kid-0', True, 'MainProcess', True, []), ('kid-1', True, 'MainProcess', True, [])]
# expect: ['kid-0', 'kid-1']
# expect: [] True True
