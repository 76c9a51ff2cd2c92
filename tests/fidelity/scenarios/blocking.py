# blocking.py sleep|acquire alone|spinner CALLS SECONDS: main makes CALLS
# blocking calls, time.sleep(SECONDS) or acquire(timeout=SECONDS) on a Lock
# it holds, alone or beside a thread that spins; prints the median and mean
# time per call and the median overshoot beyond SECONDS. Beside a spinner,
# a call that gives up the GIL waits for the spinner's next forced switch
# to get it back (a convoy) unless main takes it back first.
import sys
import threading
import time

what = sys.argv[1]
mode = sys.argv[2]
calls = int(sys.argv[3])
delay = float(sys.argv[4])
stop = [False]
lock = threading.Lock()
lock.acquire()


def spin():
    while not stop[0]:
        pass


spinner = threading.Thread(target=spin)
if mode == "spinner":
    spinner.start()
    time.sleep(0.01)
per_call = []
for i in range(calls):
    t0 = time.perf_counter()
    if what == "sleep":
        time.sleep(delay)
    else:
        lock.acquire(timeout=delay)
    per_call.append(time.perf_counter() - t0)
stop[0] = True
if mode == "spinner":
    spinner.join()
mean = sum(per_call) / calls
per_call.sort()
median = per_call[calls // 2]
print("RESULT median_us=%.1f mean_us=%.1f overshoot_us=%.1f" % (
    median * 1e6, mean * 1e6, (median - delay) * 1e6))
