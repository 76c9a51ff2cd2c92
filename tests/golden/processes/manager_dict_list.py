# Manager().dict() and .list() shared with child processes: each child
# writes its own key and appends its own entry; the parent sees all of it.
# print() shows the referent as a plain dict or list does; dict() and
# list() copy it out; membership, len(), indexing and methods go through.
import multiprocessing as mp

def worker(shared, log, n):
    shared[n] = n * n
    log.append('worker %d' % n)

if __name__ == '__main__':
    with mp.Manager() as manager:
        shared = manager.dict({'start': 0})
        log = manager.list()
        ps = [mp.Process(target=worker, args=(shared, log, n)) for n in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(len(shared), 3 in shared, shared[2], shared.get(9, 'none'))
        print(sorted(k for k in shared.keys() if k != 'start'), shared['start'])
        print(sorted(log), len(log))
        plain = dict(shared)
        print(type(plain).__name__, plain == {'start': 0, 0: 0, 1: 1, 2: 4, 3: 9})
        log.sort()
        print(log)
        print(list(log)[:2], log[-1], log.index('worker 1'), log.count('x'))
        del shared['start']
        print(sorted(shared.items()), shared.pop(0), len(shared))
        shared.update({'a': 1})
        print(shared.setdefault('a', 5), shared.setdefault('b', 6), sorted(shared.values()))
        print(repr(shared).startswith("<DictProxy object, typeid 'dict' at 0x"))

# expect: 5 True 4 none
# expect: [0, 1, 2, 3] 0
# expect: ['worker 0', 'worker 1', 'worker 2', 'worker 3'] 4
# expect: dict True
# expect: ['worker 0', 'worker 1', 'worker 2', 'worker 3']
# expect: ['worker 0', 'worker 1'] worker 3 1 0
# expect: [(0, 0), (1, 1), (2, 4), (3, 9)] 0 3
# expect: 1 6 [1, 1, 4, 6, 9]
# expect: True
