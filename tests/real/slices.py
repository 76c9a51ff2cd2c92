# slices.py [SECONDS] [INTERVAL_S] — two threads spin; each notes the
# moments it finds it ran after the other one (a slice boundary) and counts
# its loop turns. Prints the number of slices, their median and mean (ms)
# and the smaller thread's share of all loop turns (0.5: a fair split).
# Runs the same under python3 and gilsim --backend=real (tests/real/stats.sh,
# tests/bench/real_bench.sh).
import sys
import threading
import time

duration = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
if len(sys.argv) > 2:
    sys.setswitchinterval(float(sys.argv[2]))

owner = [-1]
switches = []
work = [0, 0]
deadline = time.perf_counter() + duration


def spin(me):
    now = time.perf_counter()
    while now < deadline:
        if owner[0] != me:
            owner[0] = me
            switches.append(now)
        work[me] += 1
        now = time.perf_counter()


threads = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# `now` is read before the owner check, so two boundaries can be noted out
# of order: sort them. The first and last slices are partial.
switches.sort()
slices = sorted(switches[i + 1] - switches[i] for i in range(1, len(switches) - 2))
n = len(slices)
median = slices[n // 2] * 1000 if n else 0.0
mean = sum(slices) / n * 1000 if n else 0.0
share = min(work) / max(1, sum(work))
print("slices %d median_ms %.3f mean_ms %.3f min_share %.3f" % (n, median, mean, share))
