# Threads count the words of their share of a text into one Counter under
# a lock; the totals and most_common() are the same whatever the schedule.
import threading
from collections import Counter

text = '''the quick brown fox jumps over the lazy dog the dog sleeps
and the fox runs over the hill while the dog dreams of the fox'''.split()
counts = Counter()
lock = threading.Lock()


def count(words):
    local = Counter(words)
    with lock:
        counts.update(local)


chunks = [text[i::4] for i in range(4)]
threads = [threading.Thread(target=count, args=(c,)) for c in chunks]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts.most_common(3))
print(counts.total(), len(text), counts == Counter(text))
print(sorted(counts.items())[:5])

# expect: [('the', 7), ('dog', 3), ('fox', 3)]
# expect: 26 26 True
# expect: [('and', 1), ('brown', 1), ('dog', 3), ('dreams', 1), ('fox', 3)]
