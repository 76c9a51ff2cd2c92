# Scheduler overhead: two threads share the work of one_thread.py, so the
# virtual scheduler switches the GIL between them every 5 ms. With the
# argument `nolog` the event log is off (gilsim._set_recording, a hidden
# switch for measuring the log's overhead).
import sys
import threading
import gilsim

if len(sys.argv) > 1 and sys.argv[1] == 'nolog':
    gilsim._set_recording(False)

N = 12000000

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

ts = [threading.Thread(target=work, args=(N,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
