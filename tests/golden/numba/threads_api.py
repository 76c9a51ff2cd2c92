# numba: the thread count follows --cores; set_num_threads checks its
# argument as Numba does; get_thread_id in a prange loop names the block's
# thread, the first blocks one iteration longer as in Numba
# python3: skip (Numba's default thread count is the machine's)
# args: --cores=3
import numpy as np
import numba

print(numba.config.NUMBA_NUM_THREADS, numba.get_num_threads())
numba.set_num_threads(2)
print(numba.get_num_threads())
for bad in (0, 4, 1.5, '2'):
    try:
        numba.set_num_threads(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(numba.get_num_threads())
print(numba.__version__)


@numba.njit(parallel=True)
def owners(n):
    out = np.zeros(n, dtype=np.int64)
    for i in numba.prange(n):
        out[i] = numba.get_thread_id()
    return out


print(owners(5), owners(7), owners(2))   # what Numba 0.56 prints with 2 threads
numba.set_num_threads(3)
print(owners(7), numba.get_thread_id())
# expect: 3 3
# expect: 2
# expect: ValueError The number of threads must be between 1 and 3
# expect: ValueError The number of threads must be between 1 and 3
# expect: TypeError The number of threads specified must be an integer
# expect: TypeError The number of threads specified must be an integer
# expect: 2
# expect: 0.56.4
# expect: [0 0 0 1 1] [0 0 0 0 1 1 1] [0 1]
# expect: [0 0 0 1 1 2 2] 0
