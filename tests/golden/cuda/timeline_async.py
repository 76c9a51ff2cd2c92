# numba.cuda: a launch returns at once and the kernel runs on the GPU's
# lane; copy_to_host waits for it with the GIL released, so another Python
# thread runs meanwhile
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# args: --timeline --width=90 --ascii --from=0.245
import threading
import numpy as np
from numba import cuda


@cuda.jit
def busy(out, n):
    i = cuda.grid(1)
    if i < out.size:
        s = 0
        for k in range(n):
            s += (i * k) % 7
        out[i] = s


go = threading.Event()


def spin():
    go.wait()
    n = 0
    while n < 5000:
        n += 1


out = cuda.device_array(32, dtype=np.int64)
busy[1, 32](out, 1)                    # compiles
t = threading.Thread(target=spin, name='python')
t.start()
busy[1, 32](out, 20000)               # returns at once
go.set()
r = out.copy_to_host()                # waits for the kernel, the GIL released
t.join()
print(r[:4], r.sum())
# expect: [    0 59997 59997 59997] 1619919
# expect:
# expect:                 245.00 ms   245.05 ms    245.10 ms   245.15 ms    245.20 ms   245.25 ms
# expect: marks
# expect: GIL             000000000000000            2200000000  22222222222222222222222222222222  0
# expect: 0 MainThread    ##############+..............+#######....................----------------#
# expect: 1 GPU0 stream 0               =....................======================.................
# expect: 2 python                      -------------#+.......---################################+
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request  x forced switch
# expect: o mark  * marks
