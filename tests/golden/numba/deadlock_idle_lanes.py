# Idle worker and GPU lanes wait for nobody: a program whose one thread
# blocks for good after using them is a deadlock, reported for its Python
# thread alone
# args: --cores=2
# exit: 3
import threading
import cupy as cp
from numba import njit, prange


@njit(parallel=True)
def total(n):
    s = 0
    for i in prange(n):
        s += i
    return s


print(total(100), cp.arange(4).sum())
lock = threading.Lock()
lock.acquire()
lock.acquire()
# expect: 4950 6
# expect stderr: gilsim: deadlock: every thread is blocked and nothing can wake them
# expect stderr:   MainThread waits for Lock created at deadlock_idle_lanes.py:20 (already held by MainThread itself)
