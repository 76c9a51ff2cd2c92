# sleepers.py: five threads each sleep(0.2); prints the total time until
# all of them are joined.
import threading
import time

t0 = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.2,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("RESULT total_ms=%.1f" % ((time.perf_counter() - t0) * 1e3))
