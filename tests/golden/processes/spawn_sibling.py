# Targets from the program's own module under every start method: a
# spawned child imports the module again by name, a forked one has it.
import multiprocessing as mp
import _tasks
from _tasks import square

if __name__ == '__main__':
    for method in ('spawn', 'fork', 'forkserver'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=_tasks.report, args=(q, method))
        p.start()
        print(q.get())
        p.join()
        with ctx.Pool(2) as pool:
            print(pool.map(square, range(6)), pool.apply(_tasks.square, (7,)))

# expect: ('spawn', '_tasks', 'SpawnProcess-1')
# expect: [0, 1, 4, 9, 16, 25] 49
# expect: ('fork', '_tasks', 'ForkProcess-4')
# expect: [0, 1, 4, 9, 16, 25] 49
# expect: ('forkserver', '_tasks', 'ForkServerProcess-7')
# expect: [0, 1, 4, 9, 16, 25] 49
