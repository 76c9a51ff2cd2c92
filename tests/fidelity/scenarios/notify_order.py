# notify_order.py one|all: four threads wait on a Condition, started in
# order 0..3; main wakes them one by one with notify() (letting each run
# before the next) or all at once with notify_all(); prints the order in
# which they return from wait().
import sys
import threading
import time

mode = sys.argv[1]
cond = threading.Condition()
waiting = [0]
woken = []


def waiter(me):
    with cond:
        waiting[0] += 1
        cond.wait()
        woken.append(str(me))


threads = []
for i in range(4):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    threads.append(t)
    while True:
        with cond:
            if waiting[0] == i + 1:
                break
        time.sleep(0.001)
if mode == "one":
    for i in range(4):
        with cond:
            cond.notify()
        while len(woken) <= i:
            time.sleep(0.001)
else:
    with cond:
        cond.notify_all()
for t in threads:
    t.join()
print("RESULT order=%s" % "".join(woken))
