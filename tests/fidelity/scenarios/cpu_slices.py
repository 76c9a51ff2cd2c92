# cpu_slices.py THREADS INTERVAL_S SECONDS: THREADS threads spin for SECONDS
# at the given switch interval, each stamping every loop turn with
# perf_counter(). A slice is the time from the moment one thread notices it
# has taken over from another to the next such moment.
import sys
import threading
import time

nthreads = int(sys.argv[1])
sys.setswitchinterval(float(sys.argv[2]))
duration = float(sys.argv[3])

owner = [-1]
boundaries = []
start = time.perf_counter()
deadline = start + duration


def spin(me):
    now = time.perf_counter()
    while now < deadline:
        if owner[0] != me:
            owner[0] = me
            boundaries.append(now)
        now = time.perf_counter()


threads = [threading.Thread(target=spin, args=(i,)) for i in range(nthreads)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# The first slice starts before all threads run, the last is cut short.
boundaries.sort()
slices = sorted(b - a for a, b in zip(boundaries[1:-2], boundaries[2:-1]))
n = len(slices)
print("RESULT median_ms=%.3f p90_ms=%.3f switches_per_s=%.1f slices=%d" % (
    slices[n // 2] * 1e3, slices[n * 9 // 10] * 1e3, (len(boundaries) - 1) / duration, n))
