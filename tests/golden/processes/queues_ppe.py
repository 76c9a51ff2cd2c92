# Pipe and Queue between processes, pids, current_process/parent_process,
# Process subclasses, and ProcessPoolExecutor (submit, map, as_completed,
# cancel, worker names).
import multiprocessing as mp
import os
import queue
from concurrent.futures import ProcessPoolExecutor, as_completed

def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg, mp.current_process().name, mp.parent_process().name))
    conn.close()

def produce(q, n):
    for i in range(n):
        q.put({'i': i, 'sq': [i] * i})
    q.put(os.getpid())

class Worker(mp.Process):
    def __init__(self, q):
        mp.Process.__init__(self)
        self.q = q
    def run(self):
        self.q.put('run in ' + self.name)

def cube(x):
    return x ** 3

def whoami(_):
    return mp.current_process().name

if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,), name='echoer')
    p.start()
    a.send([1, (2, 3), {'x': None}])
    print(a.recv())
    a.send('again')
    print(a.recv())
    a.send(None)
    p.join()
    print(p.name, p.exitcode, p.is_alive())

    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 3))
    p.start()
    print([q.get() for _ in range(3)])
    child_pid = q.get()
    p.join()
    print(child_pid == p.pid, child_pid != os.getpid())
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print('Empty')
    w = Worker(q)
    w.start()
    print(q.get())
    w.join()
    print(mp.active_children(), mp.current_process().name, mp.parent_process())

    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(6))))
        fs = [ex.submit(cube, i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(fs)))
        print(sorted(set(ex.map(whoami, range(8))))[0][:13])
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)

# expect: ('echo', [1, (2, 3), {'x': None}], 'echoer', 'MainProcess')
# expect: ('echo', 'again', 'echoer', 'MainProcess')
# expect: echoer 0 False
# expect: [{'i': 0, 'sq': []}, {'i': 1, 'sq': [1]}, {'i': 2, 'sq': [2, 2]}]
# expect: True True
# expect: Empty
# expect: run in Worker-3
# expect: [] MainProcess None
# expect: [0, 1, 8, 27, 64, 125]
# expect: [0, 1, 8, 27]
# expect: SpawnProcess-
# expect: RuntimeError: cannot schedule new futures after shutdown
