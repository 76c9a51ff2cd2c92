# ThreadPool's asynchronous calls: apply_async with callback and
# error_callback, AsyncResult.ready/successful/wait/get(timeout), imap in
# order, imap_unordered (sorted here: completion order varies), and
# map_async with a callback receiving the whole list.
import time
from multiprocessing.pool import ThreadPool
import multiprocessing as mp

def slow(x):
    time.sleep(0.01 * x)
    return x * 10

def fail(x):
    raise KeyError(x)

if __name__ == '__main__':
    got = []
    with ThreadPool(2) as pool:
        r = pool.apply_async(slow, (3,), callback=got.append)
        print(r.ready())
        try:
            r.successful()
        except ValueError:
            print('not ready yet')
        r.wait()
        print(r.ready(), r.successful(), r.get(), got)
        bad = pool.apply_async(fail, ('k',), error_callback=lambda e: got.append(repr(e)))
        try:
            bad.get(timeout=1)
        except KeyError as e:
            print('KeyError', e, bad.successful())
        print(got)
        print(list(pool.imap(slow, [3, 1, 2])))
        print(sorted(pool.imap_unordered(slow, [3, 1, 2])))
        m = pool.map_async(slow, [1, 2], callback=lambda res: got.append(('all', res)))
        print(m.get(), got[-1])
        hang = pool.apply_async(time.sleep, (5,))
        try:
            hang.get(timeout=0.05)
        except mp.TimeoutError:
            print('TimeoutError')

# expect: False
# expect: not ready yet
# expect: True True 30 [30]
# expect: KeyError 'k' False
# expect: [30, "KeyError('k')"]
# expect: [30, 10, 20]
# expect: [10, 20, 30]
# expect: [10, 20] ('all', [10, 20])
# expect: TimeoutError
