# stepback.sh's I/O-bound program: 10 s of program time, four threads
# that sleep 10 ms at a time and do a little work between sleeps.
import threading, time

def worker(n):
    total = 0
    for i in range(250):
        time.sleep(0.04)
        for k in range(50):
            total += k * n
    return total

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
