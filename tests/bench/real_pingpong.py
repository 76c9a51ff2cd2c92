# real_pingpong.py [ROUNDS] — two Python threads pass a token through two
# locks: each pass is a lock release that wakes the other thread plus a GIL
# handoff. Prints the one-way time (half a round trip) in µs.
import sys
import threading
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
ping, pong = threading.Lock(), threading.Lock()
ping.acquire()
pong.acquire()


def player():
    for _ in range(rounds):
        ping.acquire()
        pong.release()


t = threading.Thread(target=player)
t.start()
start = time.perf_counter()
for _ in range(rounds):
    ping.release()
    pong.acquire()
elapsed = time.perf_counter() - start
t.join()
print("oneway_us %.3f" % (elapsed / (2 * rounds) * 1e6))
