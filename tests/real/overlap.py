# overlap.py [SECONDS] — two threads each run gilsim.cpu(SECONDS) with the
# GIL released, then with it held. Prints both wall times in seconds: the
# first overlaps on two cores, the second is serialised by the GIL.
import sys
import threading
import time

import gilsim

secs = float(sys.argv[1]) if len(sys.argv) > 1 else 0.2


def pair(release):
    ts = [threading.Thread(target=gilsim.cpu, args=(secs,), kwargs={"release_gil": release})
          for _ in range(2)]
    start = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - start


print("released_s %.3f held_s %.3f" % (pair(True), pair(False)))
