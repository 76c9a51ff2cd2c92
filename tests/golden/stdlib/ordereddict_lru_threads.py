# An LRU cache on OrderedDict, guarded by an RLock and shared by threads
# that look up overlapping keys; hits and misses add up, and the newest
# keys are kept.
import threading
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.data = OrderedDict()
        self.capacity = capacity
        self.lock = threading.RLock()
        self.hits = self.misses = 0

    def get(self, key, compute):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                self.hits += 1
                return self.data[key]
            self.misses += 1
            value = self.data[key] = compute(key)
            if len(self.data) > self.capacity:
                self.data.popitem(last=False)
            return value


cache = LRU(4)


def reader(keys):
    for k in keys:
        assert cache.get(k, lambda x: x * 10) == k * 10


threads = [threading.Thread(target=reader, args=(list(range(i, i + 6)),)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(cache.hits + cache.misses, len(cache.data) <= cache.capacity)
single = LRU(2)
for k in [1, 2, 1, 3, 1, 4]:
    single.get(k, str)
print(list(single.data.items()), single.hits, single.misses)

# expect: 18 True
# expect: [(1, '1'), (4, '4')] 2 4
