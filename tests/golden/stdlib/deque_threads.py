# A deque shared between threads without a lock: append() and popleft()
# are atomic (no thread switch inside them, as in CPython), so every item
# produced is consumed exactly once.
import threading
import time
from collections import deque

jobs = deque()
done = []
done_lock = threading.Lock()
N_PRODUCERS, PER_PRODUCER = 3, 2000


def producer(k):
    for i in range(PER_PRODUCER):
        jobs.append((k, i))


def consumer():
    while True:
        try:
            item = jobs.popleft()
        except IndexError:
            if not any(p.is_alive() for p in producers):
                if not jobs:
                    return
            time.sleep(0.0001)
            continue
        with done_lock:
            done.append(item)


producers = [threading.Thread(target=producer, args=(k,)) for k in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers + consumers:
    t.join()
print(len(done), len(set(done)), len(jobs))
print(sorted(done)[:3], sorted(done)[-1])
per = {}
for k, i in done:
    per[k] = per.get(k, 0) + 1
print(sorted(per.items()))

# expect: 6000 6000 0
# expect: [(0, 0), (0, 1), (0, 2)] (2, 1999)
# expect: [(0, 2000), (1, 2000), (2, 2000)]
