# python3: skip (CPython's timings are real ones; gilsim's are exact)
# backend: virtual-only
# 4 CPU-bound tasks: sequentially, on a 4-thread pool (the GIL: no faster),
# on a 4-process pool on 4 cores (about a quarter, plus start-up and copying).
import time
import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def cpu(n):
    s = 0
    for i in range(n):
        s += i
    return s

N = 1000000
if __name__ == '__main__':
    t0 = time.perf_counter()
    r1 = [cpu(N) for _ in range(4)]
    t1 = time.perf_counter()
    with ThreadPoolExecutor(4) as ex:
        r2 = list(ex.map(cpu, [N] * 4))
    t2 = time.perf_counter()
    with mp.Pool(4) as pool:
        r3 = pool.map(cpu, [N] * 4)
    t3 = time.perf_counter()
    with ProcessPoolExecutor(4) as ex:
        r4 = list(ex.map(cpu, [N] * 4))
    t4 = time.perf_counter()
    print(r1 == r2 == r3 == r4)
    seq, thr, pool, ppe = t1 - t0, t2 - t1, t3 - t2, t4 - t3
    print('sequential %.1f ms' % (seq * 1e3))
    print('thread pool %.1f ms' % (thr * 1e3))
    print('process pool %.1f ms' % (pool * 1e3))
    print('ProcessPoolExecutor %.1f ms' % (ppe * 1e3))
    print('threads no faster:', thr >= seq)
    print('processes about a quarter:', seq / 4 < pool < seq / 4 + 0.025, seq / 4 < ppe < seq / 4 + 0.025)

# expect: True
# expect: sequential 84.0 ms
# expect: thread pool 99.5 ms
# expect: process pool 40.3 ms
# expect: ProcessPoolExecutor 40.3 ms
# expect: threads no faster: True
# expect: processes about a quarter: True True
