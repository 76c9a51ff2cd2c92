# A priority job queue built on heapq and a Condition: workers always take
# the most urgent job; one worker runs them, so the order is the heap's.
import heapq
import itertools
import threading

jobs = []
ids = itertools.count()
cond = threading.Condition()
done = []


def submit(priority, name):
    with cond:
        heapq.heappush(jobs, (priority, next(ids), name))
        cond.notify()


def worker():
    while True:
        with cond:
            while not jobs:
                cond.wait()
            priority, _, name = heapq.heappop(jobs)
        if name is None:
            return
        done.append((priority, name))


for pri, name in [(3, 'backup'), (1, 'page oncall'), (2, 'rotate logs'), (1, 'restart web'),
                  (5, 'report')]:
    submit(pri, name)
submit(9, None)
t = threading.Thread(target=worker)
t.start()
t.join()
for pri, name in done:
    print(pri, name)
print(jobs, heapq.nsmallest(2, [(3, 'x'), (1, 'y'), (2, 'z')]))

# expect: 1 page oncall
# expect: 1 restart web
# expect: 2 rotate logs
# expect: 3 backup
# expect: 5 report
# expect: [] [(1, 'y'), (2, 'z')]
