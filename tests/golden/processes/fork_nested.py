# Fork from a forked child: the grandchild gets the child's __main__ (a
# global the child changed), the child's own lambda works as a target,
# names nest (Process-1:1); a bound method of a __main__ instance as a
# target, and a lambda as a Pool initializer (fork does not pickle it).
import multiprocessing as mp
G = 'g0'
def leaf(q, depth):
    q.put(('leaf', depth, G, mp.current_process().name, __name__))
def mid(q):
    global G
    G = 'g-mid'
    p = mp.Process(target=leaf, args=(q, 2))
    p.start(); p.join()
    p = mp.Process(target=lambda: q.put(('lam', G)))
    p.start(); p.join()
class K:
    def __init__(self, v): self.v = v
    def run(self, q): q.put(('method', self.v))
if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=mid, args=(q,))
    p.start(); p.join()
    print(q.get()); print(q.get())
    p = mp.Process(target=K(7).run, args=(q,)); p.start(); p.join(); print(q.get())
    with mp.Pool(2, initializer=lambda: None) as pool:
        print(pool.map(abs, [-1, -2]))

# expect: ('leaf', 2, 'g-mid', 'Process-1:1', '__main__')
# expect: ('lam', 'g-mid')
# expect: ('method', 7)
# expect: [1, 2]
