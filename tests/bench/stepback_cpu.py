# stepback.sh's CPU-bound program: 10 s of program time, two threads
# counting (switching every 5 ms) and one doing 10 ms reads.
import threading, time

def count():
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 10:
        x = 0
        for i in range(100):
            x += i

def reader():
    for i in range(1000):
        time.sleep(0.01)

threads = [threading.Thread(target=count), threading.Thread(target=count), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
