# Event-log overhead where the log is busiest: four threads at a 0.1 ms
# switch interval (run with and without recording by sched.sh).
import sys
import threading
import gilsim

if len(sys.argv) > 1 and sys.argv[1] == 'nolog':
    gilsim._set_recording(False)

N = 3000000

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

ts = [threading.Thread(target=work, args=(N,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
