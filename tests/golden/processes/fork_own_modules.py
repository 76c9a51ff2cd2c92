# A forked child has the parent's copy of the program's own modules: their
# code does not run again (the helper's print shows once), state the
# parent changed before start() is there, and an instance of a helper's
# class crosses as an argument. The child's changes stay in the child.
import multiprocessing as mp
import _state
from _state import Job, hit

def child(job, q):
    q.put((job.describe(), _state.hits, hit(), _state.settings))

if __name__ == '__main__':
    _state.settings['level'] = 'high'
    hit()
    hit()
    q = mp.Queue()
    p = mp.Process(target=child, args=(Job('a'), q))
    p.start()
    print(q.get())
    p.join()
    print(_state.hits, p.exitcode)
    with mp.Pool(2) as pool:
        print(pool.apply(_state.hit), pool.map(Job.describe, [Job('b')]))

# expect: executing _state
# expect: ('job a at level high', 2, 3, {'level': 'high'})
# expect: 2 0
# expect: 3 ['job b at level high']
