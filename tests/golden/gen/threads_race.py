# Two threads iterate one generator without a lock. The generator computes
# for a long time between yields, so the GIL is handed over while it runs;
# the other thread's next() then finds it executing: ValueError. The first
# thread carries on to the end.
# args: --seed=3
# backend: virtual-only
import threading

def slow_squares(n):
    for i in range(n):
        total = 0
        for j in range(300000):
            total += j
        yield i * i

gen = slow_squares(4)
outcomes = []

def consume():
    try:
        items = list(gen)
        outcomes.append(f"finished with {len(items)} items")
    except ValueError as e:
        outcomes.append(f"ValueError: {e}")

threads = [threading.Thread(target=consume) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line in sorted(outcomes):
    print(line)
# expect: ValueError: generator already executing
# expect: finished with 4 items
