# A thread-safe stack built on collections.abc.MutableSequence: the mixin
# methods (append, pop, extend, reverse, index ...) come from the ABC and
# go through the locked primitives; threads push and pop concurrently.
import threading
from collections.abc import MutableSequence, Sequence


class LockedStack(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)
        self._lock = threading.RLock()

    def __getitem__(self, i):
        with self._lock:
            return self._items[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._items[i] = value

    def __delitem__(self, i):
        with self._lock:
            del self._items[i]

    def __len__(self):
        with self._lock:
            return len(self._items)

    def insert(self, i, value):
        with self._lock:
            self._items.insert(i, value)

    def pop_if_any(self):
        with self._lock:
            return self.pop() if len(self) else None


s = LockedStack([1, 2, 3])
s.append(4)
s.extend([5, 6])
s.reverse()
print(list(s), s.index(4), s.count(1), 3 in s, s.pop(), s.pop(0), isinstance(s, Sequence))
s.remove(4)
s += [9]
print(list(s), list(reversed(s)))
shared = LockedStack()
popped = []


def pusher(base):
    for i in range(200):
        shared.append(base + i)


def popper():
    for _ in range(300):
        v = shared.pop_if_any()
        if v is not None:
            popped.append(v)


threads = [threading.Thread(target=pusher, args=(k * 1000,)) for k in range(3)] + \
          [threading.Thread(target=popper) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
rest = list(shared)
print(len(popped) + len(rest), len(set(popped) | set(rest)))

# expect: [6, 5, 4, 3, 2, 1] 2 1 True 1 6 True
# expect: [5, 3, 2, 9] [9, 2, 3, 5]
# expect: 600 600
