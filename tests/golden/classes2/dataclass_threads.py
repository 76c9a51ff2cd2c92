# Dataclasses in a threaded program: a field's default_factory gives each
# instance its own lock; a frozen dataclass is a safe message between
# threads; order=True sorts results.
import threading
from dataclasses import dataclass, field
from queue import Queue


@dataclass
class Counter:
    name: str
    value: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, n):
        with self.lock:
            self.value += n


@dataclass(frozen=True, order=True)
class Result:
    worker: int
    total: int


counters = [Counter('a'), Counter('b')]
results = Queue()


def work(i):
    for _ in range(1000):
        counters[i % 2].add(1)
    results.put(Result(i, i * 10))


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counters, counters[0].lock is not counters[1].lock)
print(sorted(results.get() for _ in range(4)))
# expect: [Counter(name='a', value=2000), Counter(name='b', value=2000)] True
# expect: [Result(worker=0, total=0), Result(worker=1, total=10), Result(worker=2, total=20), Result(worker=3, total=30)]
