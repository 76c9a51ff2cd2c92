# handoff.py queue|event alone|spinner ROUNDS: main and a partner thread
# pass a token back and forth ROUNDS times, through two queues
# (q1.get()/q2.put()) or two Events (set/wait/clear), alone or beside a
# thread that spins; prints the median round trip and the share of round
# trips slower than 1 ms.
import queue
import sys
import threading
import time

kind = sys.argv[1]
mode = sys.argv[2]
rounds = int(sys.argv[3])
stop = [False]
q1 = queue.Queue()
q2 = queue.Queue()
e1 = threading.Event()
e2 = threading.Event()


def spin():
    while not stop[0]:
        pass


def partner():
    for i in range(rounds):
        if kind == "queue":
            q2.put(q1.get())
        else:
            e1.wait()
            e1.clear()
            e2.set()


spinner = threading.Thread(target=spin)
if mode == "spinner":
    spinner.start()
    time.sleep(0.01)
other = threading.Thread(target=partner)
other.start()
trips = []
for i in range(rounds):
    t0 = time.perf_counter()
    if kind == "queue":
        q1.put(i)
        q2.get()
    else:
        e1.set()
        e2.wait()
        e2.clear()
    trips.append(time.perf_counter() - t0)
other.join()
stop[0] = True
if mode == "spinner":
    spinner.join()
slow = len([t for t in trips if t > 0.001])
trips.sort()
print("RESULT median_us=%.1f slow_pct=%.1f" % (trips[rounds // 2] * 1e6, 100.0 * slow / rounds))
