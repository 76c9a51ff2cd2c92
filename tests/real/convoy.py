# convoy.py [CALLS] — sleep(0) beside a CPU-bound thread: each call drops the
# GIL, and taking it back means waiting for the spinner's next forced switch
# (about one switch interval). Prints the mean cost of one call in ms.
import sys
import threading
import time

calls = int(sys.argv[1]) if len(sys.argv) > 1 else 50
stop = [False]


def spin():
    while not stop[0]:
        pass


t = threading.Thread(target=spin)
t.start()
time.sleep(0.01)            # the spinner is running
start = time.perf_counter()
for _ in range(calls):
    time.sleep(0)
per_call = (time.perf_counter() - start) / calls
stop[0] = True
t.join()
print("sleep0_ms %.3f" % (per_call * 1000))
