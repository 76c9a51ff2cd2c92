# Fork, the default start method: a child starts with a copy of __main__ as
# it is at start(). Module-level code does not run again (the print outside
# the guard appears once), __name__ is '__main__' in the child, a global
# changed before start() is seen changed and one changed after is not, and
# only the thread that started the child exists there.
import multiprocessing as mp
import os
import threading

print('module level, once')
counter = 0
config = {'mode': 'initial'}

def report(q, tag):
    q.put((tag, __name__, counter, config['mode'], mp.current_process().name,
           os.getpid() != PARENT, threading.active_count()))

PARENT = os.getpid()

if __name__ == '__main__':
    print(mp.get_start_method())
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    counter = 41
    config['mode'] = 'changed'
    q = mp.Queue()
    p = mp.Process(target=report, args=(q, 'first'))
    p.start()
    counter = 99
    print(q.get())
    p.join()
    p2 = mp.Process(target=report, args=(q, 'second'))
    p2.start()
    print(q.get())
    p2.join()
    stop.set()
    t.join()
    print(p.exitcode, p2.exitcode, counter, threading.active_count())

# expect: module level, once
# expect: fork
# expect: ('first', '__main__', 41, 'changed', 'Process-1', True, 1)
# expect: ('second', '__main__', 99, 'changed', 'Process-2', True, 1)
# expect: 0 0 99 1
