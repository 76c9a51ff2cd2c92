# Work split into batches with islice, handed to threads, results merged in
# order with heapq.merge; chain, zip_longest and accumulate tidy up.
import heapq
import itertools
import threading


def batches(iterable, size):
    it = iter(iterable)
    out = []
    while True:
        batch = list(itertools.islice(it, size))
        if not batch:
            return out
        out.append(batch)


work = batches(range(23), 5)
print(work)
sorted_parts = [None] * len(work)


def crunch(i, batch):
    sorted_parts[i] = sorted(x * 7 % 23 for x in batch)


threads = [threading.Thread(target=crunch, args=(i, b)) for i, b in enumerate(work)]
for t in threads:
    t.start()
for t in threads:
    t.join()
merged = list(heapq.merge(*sorted_parts))
print(merged == sorted(merged), merged[:8], len(merged))
print(list(itertools.accumulate(map(len, work))), list(itertools.chain.from_iterable(work))[-3:])
for row in itertools.zip_longest(*work[:3], fillvalue='.'):
    print(' '.join('%2s' % v for v in row))

# expect: [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14], [15, 16, 17, 18, 19], [20, 21, 22]]
# expect: True [0, 1, 2, 3, 4, 5, 6, 7] 23
# expect: [5, 10, 15, 20, 23] [20, 21, 22]
# expect:  0  5 10
# expect:  1  6 11
# expect:  2  7 12
# expect:  3  8 13
# expect:  4  9 14
