# numba.cuda: Monte-Carlo pi, one GPU thread per sample stream (each thread
# draws its own points from a linear congruential generator); the kernel's
# values are its Python arithmetic, its time the simulated device's
# python3: skip (CUDA needs a GPU)
# backend: virtual-only
import time
import numpy as np
from numba import cuda

A, C, M = 6364136223846793005, 1442695040888963407, 2 ** 64


@cuda.jit
def count_inside(seeds, n, out):
    i = cuda.grid(1)
    if i < out.size:
        x = seeds[i]
        inside = 0
        for _ in range(n):
            x = (A * x + C) % M
            u = (x >> 11) / 2.0 ** 53
            x = (A * x + C) % M
            v = (x >> 11) / 2.0 ** 53
            if u * u + v * v < 1.0:
                inside += 1
        out[i] = inside


threads_per_block = 128
blocks = 8
n = 40
total = threads_per_block * blocks * n
seeds = cuda.to_device(np.arange(threads_per_block * blocks) * 2654435761 + 12345)
out = cuda.device_array(threads_per_block * blocks, dtype=np.int64)
count_inside[blocks, threads_per_block](seeds, n, out)     # compiles
t0 = time.perf_counter()
count_inside[blocks, threads_per_block](seeds, n, out)
launched = time.perf_counter() - t0
inside = out.copy_to_host().sum()
done = time.perf_counter() - t0
print('pi is about %.4f from %d points' % (4.0 * inside / total, total))
print('the launch returned after %.0f us, the result came after %.0f us' % (launched * 1e6, done * 1e6))
# expect: pi is about 3.1344 from 40960 points
# expect: the launch returned after 24 us, the result came after 50 us
