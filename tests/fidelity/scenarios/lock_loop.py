# lock_loop.py Lock|RLock|Semaphore SECONDS: two threads loop for SECONDS,
# each turn 50 iterations inside `with lock:` and 50 outside; prints how
# often per second the lock changes hands (its holder differs from the
# previous holder).
import sys
import threading
import time

lock = getattr(threading, sys.argv[1])()
duration = float(sys.argv[2])
last = [-1]
handoffs = [0]
deadline = time.perf_counter() + duration


def loop(me):
    while time.perf_counter() < deadline:
        with lock:
            if last[0] != me:
                last[0] = me
                handoffs[0] += 1
            for i in range(50):
                pass
        for i in range(50):
            pass


threads = [threading.Thread(target=loop, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("RESULT handoffs_per_s=%.0f" % (handoffs[0] / duration))
